import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../core/project-root.js';
import { runCli } from '../test/support/cli.js';
import { useTempDir } from '../test/support/temp-dir.js';
import { fieldPathText } from './field-path-text.js';

const tempDir = useTempDir();

describe('a field of a case file, named for people', () => {
  it('counts list entries from 1 and names the field, in Chinese and English', () => {
    expect(fieldPathText('claims[0].amount', 'zh')).toBe('第1笔债权 金额');
    expect(fieldPathText('claims[0].amount', 'en')).toBe('claim 1, amount');
    expect(fieldPathText('debtors[1].guarantee.maxAmount', 'zh')).toBe('第2个债务人 保证 最高额');
    expect(fieldPathText('debtors[1].guarantee.maxAmount', 'en')).toBe('debtor 2, guarantee, max amount');
    expect(fieldPathText('payments[2].date', 'en')).toBe('payment 3, date');
    // A guarantee period's last day, not the addressee a mailing's `to` names.
    expect(fieldPathText('debtors[1].guarantee.period.to', 'zh')).toBe('第2个债务人 保证 债权发生期间 截止日');
    expect(fieldPathText('debtors[1].guarantee.period.to', 'en')).toBe('debtor 2, guarantee, period, last day');
    expect(fieldPathText('claims[2].arisenOn', 'zh')).toBe('第3笔债权 债权发生日期');
    expect(fieldPathText('evidence[0].file', 'zh')).toBe('第1份证据 文件');
    expect(fieldPathText('events[4].promise.dueOn', 'en')).toBe('event 5, promise, due on');
    expect(fieldPathText('(root)', 'zh')).toBe('案件文件');
  });
});

describe('casepack on a case with bad fields', () => {
  function badCase(): string {
    const data = JSON.parse(readFileSync(join(PROJECT_ROOT, 'examples', 'zh-sale-of-goods', 'case.json'), 'utf8'));
    data.claims[0].amount = '12.345';
    data.debtors[1].role = 'borrower';
    data.payments[0].date = '2026-02-30';
    const file = join(tempDir(), 'case.json');
    writeFileSync(file, JSON.stringify(data));
    return file;
  }

  it('validate: one error line, then a line per further field, naming it as people do, in English or Chinese; exit 1', () => {
    const file = badCase();
    const en = runCli(['validate', file], { env: { LANG: 'C.UTF-8', LC_ALL: '' } });
    expect(en.status).toBe(1);
    expect(en.stderr.trim().split('\n')).toEqual([
      `error: ${file}: debtor 2, role: expected debtor|guarantor, got "borrower"`,
      `  ${file}: claim 1, amount: expected an amount as a decimal string such as "123456.78", got "12.345"`,
      `  ${file}: payment 1, date: no such day: "2026-02-30"`,
    ]);
    const zh = runCli(['validate', file, '--lang', 'zh']);
    expect(zh.status).toBe(1);
    expect(zh.stderr.trim().split('\n')).toEqual([
      `错误：${file}：第2个债务人 身份：不是可选的值之一`,
      `  ${file}：第1笔债权 金额：无法识别的金额：可写 120000、12万、¥120,000.00 或 120,000元`,
      `  ${file}：第1笔付款 日期：没有这一天`,
    ]);
    for (const run of [en, zh]) expect(run.stderr).not.toMatch(/\w\[\d+\]/);
  });

  it('calc names each party in the limitation table and its notes, never by its number', () => {
    const run = runCli(['calc', join(PROJECT_ROOT, 'examples', 'zh-sale-of-goods', 'case.json'), '--as-of', '2026-11-22']);
    expect(run.status).toBe(0);
    const table = run.stdout.slice(run.stdout.indexOf('\nlimitation\n'));
    expect(table).toMatch(/\n杭州明禾建材贸易有限公司\s+debtor\s+2028-08-21/);
    expect(table).toMatch(/\n周立新\s+guarantor\s+2028-03-15/);
    expect(table).toContain('  周立新: claim INV-2024-0415: 2028-03-15');
    expect(table).not.toMatch(/^\s*\[?[01]\]?\s/m);
  });
});
