import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../test/support/cli.js';
import { useTempDir } from '../../test/support/temp-dir.js';

const tempDir = useTempDir();
const ENGLISH = 'examples/en-gb-unpaid-invoice/case.json';

describe('casepack due for an English case', () => {
  it('shows the posted Letter before claim as its stage and the claim due 30 days after it (Debt Protocol)', () => {
    const db = join(tempDir(), 'cases.db');
    expect(runCli(['import', ENGLISH, '--db', db]).status).toBe(0);
    const due = (asOf: string) => runCli(['due', '--all', '--as-of', asOf, '--db', db]);

    const before = due('2026-10-30');
    expect(before.status).toBe(0);
    const row = (text: string) =>
      text
        .split('\n')
        .find((l) => l.startsWith('1 '))!
        .split(/\s{2,}/)
        .slice(0, 6);
    expect(row(before.stdout)).toEqual([
      '1',
      'Daniel Okafor t/a Okafor Builders',
      expect.stringMatching(/^\d+\.\d\d$/),
      'letter-before-claim 2026-10-01',
      'suit (Claim (N1 / Money Claim Online))',
      '2026-10-31',
    ]);
    expect(before.stdout).not.toMatch(/reminder|催款函|Not started/);
    expect(row(due('2026-11-02').stdout)[5]).toBe('2026-10-31 DUE +2d');

    const json = JSON.parse(runCli(['due', '--all', '--json', '--as-of', '2026-11-02', '--db', db]).stdout);
    expect(json.cases).toEqual([
      expect.objectContaining({
        ladder: 'en-gb-debt',
        stage: 'letter-before-claim',
        stageOn: '2026-10-01',
        nextStep: 'suit',
        nextDueOn: '2026-10-31',
        due: true,
        daysOverdue: 2,
      }),
    ]);
  });
});

describe('casepack due in the language asked for', () => {
  const SALE = 'examples/zh-sale-of-goods/case.json';
  const cells = (text: string, id: string) =>
    text
      .split('\n')
      .find((l) => l.startsWith(`${id} `))!
      .split(/\s{2,}/);

  it('words the table in Chinese with --lang zh: headers, steps, days overdue, the guarantor and the deadlines', () => {
    const db = join(tempDir(), 'cases.db');
    expect(runCli(['import', SALE, '--db', db]).status).toBe(0);
    const zh = runCli(['due', '--all', '--as-of', '2026-05-01', '--window', '3650', '--db', db, '--lang', 'zh']);
    expect(zh.status).toBe(0);
    const [head, header] = zh.stdout.split('\n');
    expect(head).toBe('2026-05-01：到期步骤 1 个，列出 1 件（共 1 件）');
    expect(header!.split(/\s{2,}/)).toEqual([
      '案件',
      '债务人',
      '应付合计',
      '当前阶段',
      '下一步',
      '期限',
      '诉讼时效 / 申请执行期间',
      '提示',
    ]);
    expect(cells(zh.stdout, '1')).toEqual([
      '1',
      '杭州明禾建材贸易有限公司',
      expect.stringMatching(/^\d+\.\d\d$/),
      '催款函 2025-03-10',
      '律师函',
      '2025-03-25 到期，逾期 402 天',
      '2028-03-15（保证人 周立新）',
      '周立新：诉讼时效 2028-03-15 届满（余 684 天）；杭州明禾建材贸易有限公司：诉讼时效 2028-08-21 届满（余 843 天）',
    ]);
    expect(zh.stdout).not.toMatch(/[A-Za-z]/); // no English word, no step id

    // Once the judgment is in force: owed under it, the next step enforcement, open until the 第250条 deadline.
    const judged = runCli(['due', '--all', '--as-of', '2026-11-22', '--db', db, '--lang', 'zh']);
    expect(cells(judged.stdout, '1').slice(2, 7)).toEqual([
      expect.stringMatching(/^\d+\.\d\d（按判决）$/),
      '判决已生效 2026-09-15',
      '申请执行',
      '现可申请，2028-09-25 前（余 673 天）',
      '2028-09-25（申请执行期间届满）',
    ]);
  });

  it('follows the shell locale without --lang, and says it in English with --lang en', () => {
    const db = join(tempDir(), 'cases.db');
    expect(runCli(['import', SALE, '--db', db]).status).toBe(0);
    const args = ['due', '--all', '--as-of', '2026-05-01', '--db', db];
    const shell = runCli(args, { env: { LC_ALL: 'zh_CN.UTF-8' } });
    expect(shell.stdout.split('\n')[0]).toBe('2026-05-01：到期步骤 1 个，列出 1 件（共 1 件）');
    const en = runCli([...args, '--lang', 'en'], { env: { LC_ALL: 'zh_CN.UTF-8' } });
    expect(en.stdout.split('\n')[0]).toBe('2026-05-01: 1 step(s) due, 1 of 1 case(s) listed');
    expect(cells(en.stdout, '1').slice(3, 7)).toEqual([
      'demand-letter 2025-03-10',
      "lawyer-letter (Lawyer's letter)",
      '2025-03-25 DUE +402d',
      '2028-03-15 (guarantor 周立新)',
    ]);
  });

  it('refuses a window past ten years as a usage error naming the option, not the API field', () => {
    const db = join(tempDir(), 'cases.db');
    expect(runCli(['import', SALE, '--db', db]).status).toBe(0);
    const far = runCli(['due', '--window', '3651', '--db', db]);
    expect(far.status).toBe(2);
    expect(far.stderr).toContain("'--window <days>'");
    expect(far.stderr).not.toMatch(/windowDays|desk\/list/);
    expect(runCli(['due', '--window', '3650', '--db', db]).status).toBe(0);
  });
});
