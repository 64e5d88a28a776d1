import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../test/support/cli.js';
import { useTempDir } from '../../test/support/temp-dir.js';

const tempDir = useTempDir();

describe('casepack list in the language asked for', () => {
  it('words the headers, the law of each case and an empty shelf in Chinese with --lang zh, in English otherwise', () => {
    const db = join(tempDir(), 'cases.db');
    for (const example of ['zh-sale-of-goods', 'en-gb-unpaid-invoice'])
      expect(runCli(['import', `examples/${example}/case.json`, '--db', db]).status).toBe(0);
    const rows = (lang: string) =>
      runCli(['list', '--db', db, '--lang', lang])
        .stdout.trim()
        .split('\n')
        .map((line) => line.split(/\s{2,}/));

    expect(rows('zh')).toEqual([
      ['编号', '案件名称', '债务人', '合同编号', '适用法律'],
      ['1', '澄川机电诉明禾建材买卖合同纠纷', '杭州明禾建材贸易有限公司', 'CC-2024-0312', '中国法'],
      [
        '2',
        'Harbour Lane Joinery v Okafor (unpaid invoices 2291, 2317)',
        'Daniel Okafor t/a Okafor Builders',
        'PO-7731',
        '英格兰法',
      ],
    ]);
    expect(rows('en').map((r) => [r[0], r[4]])).toEqual([
      ['ID', 'LOCALE'],
      ['1', 'zh-CN'],
      ['2', 'en-GB'],
    ]);
    expect(runCli(['list', '--archived', '--db', db, '--lang', 'zh']).stdout).toBe(`${db} 中没有已归档的案件\n`);
    expect(runCli(['list', '--deleted', '--db', db], { env: { LC_ALL: 'zh_CN.UTF-8' } }).stdout).toBe(
      `${db} 中没有回收站中的案件\n`,
    );
    expect(runCli(['list', '--deleted', '--db', db, '--lang', 'en']).stdout).toBe(`no deleted cases in ${db}\n`);
  });
});
