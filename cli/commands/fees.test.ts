import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../test/support/cli.js';
import { useTempDir } from '../../test/support/temp-dir.js';

const tempDir = useTempDir();

/** 20,000.00 owed since 2024-01-31 at 万分之五 a day; on 2024-03-01 the charge is 20,000 × 0.05% × 30 = 300.00. */
function caseFile(currency = 'CNY'): string {
  const file = join(tempDir(), 'case.json');
  const data = {
    version: 1,
    locale: 'zh-CN',
    title: '货款',
    currency,
    creditor: { name: '甲公司', kind: 'company' },
    debtors: [{ name: '乙公司', kind: 'company', role: 'debtor' }],
    claims: [{ id: 'c1', description: '货款', amount: '20000.00', dueDate: '2024-01-31' }],
    lateCharge: { kind: 'daily-rate', rate: '0.0005' },
  };
  writeFileSync(file, JSON.stringify(data));
  return file;
}

describe('casepack fees', () => {
  it('prints the fees of an amount typed as people type it, as JSON decimal strings', () => {
    const result = runCli(['fees', '--amount', '12万', '--json']);
    expect(result.status).toBe(0);
    // 案件受理费 2,300 + 20,000 × 2% = 2,700; 保全 1,020 + 20,000 × 0.5% = 1,120; 执行 50 + 110,000 × 1.5% = 1,700.
    expect(JSON.parse(result.stdout)).toEqual({
      amount: '120000.00',
      caseFee: '2700.00',
      summaryProcedure: '1350.00',
      paymentOrder: '900.00',
      preservation: '1120.00',
      enforcement: '1700.00',
      rounding: 'cent-half-up',
    });
  });

  it('takes the amount a case shows as owed on --as-of, and prints the table in the case language', () => {
    const json = runCli(['fees', caseFile(), '--as-of', '2024-03-01', '--json']);
    expect(json.status).toBe(0);
    // 20,300.00 claimed: 50 + 10,300 × 2.5% = 307.50; one third of it 102.50; half 153.75.
    expect(JSON.parse(json.stdout)).toMatchObject({
      amount: '20300.00',
      asOf: '2024-03-01',
      caseFee: '307.50',
      summaryProcedure: '153.75',
      paymentOrder: '102.50',
    });
    const text = runCli(['fees', caseFile(), '--as-of', '2024-03-01']);
    expect(text.stdout).toContain('诉讼请求金额 (2024-03-01): 20,300.00');
    expect(text.stdout).toMatch(/案件受理费（第十三条）\s+307\.50/);
    expect(text.stdout).toContain('按分四舍五入');
  });

  it.each([
    [['fees', '--amount', '1.234'], '--amount: "1.234"'],
    [['fees', '--amount', 'abc'], '--amount: "abc"'],
    [['fees'], 'give either a case file or --amount'],
  ])('exits 1 with one line on bad input: %j', (args, message) => {
    const result = runCli(args);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(message);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('refuses a case in another currency, naming it', () => {
    const result = runCli(['fees', caseFile('GBP')]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('GBP');
  });

  it('gives the County Court issue fee for an en-GB case, naming the fee table it used', () => {
    const file = join(tempDir(), 'en-case.json');
    // s.69 at 8 %: 2025-01-16..07-15 = 181 days, 4,000 × 8 % × 181 / 365 = 158.68; £4,158.68 is in the £3,000.01–£5,000 band.
    const data = {
      version: 1,
      locale: 'en-GB',
      title: 'Invoice',
      currency: 'GBP',
      creditor: { name: 'Creditor Ltd', kind: 'company' },
      debtors: [{ name: 'Dan Okafor', kind: 'person', role: 'debtor' }],
      claims: [{ id: 'inv1', description: 'Invoice 1', amount: '4000.00', dueDate: '2025-01-15' }],
    };
    writeFileSync(file, JSON.stringify(data));
    const json = runCli(['fees', file, '--as-of', '2025-07-15', '--json']);
    expect(json.status).toBe(0);
    expect(JSON.parse(json.stdout)).toMatchObject({
      amount: '4158.68',
      asOf: '2025-07-15',
      issueFee: '205.00',
      table: { validFrom: '2015-03-09', checked: false },
    });
    const text = runCli(['fees', file, '--as-of', '2025-07-15']).stdout;
    expect(text).toContain('County Court issue fee (Civil Proceedings Fees Order 2008, Schedule 1, fee 1.1): £205.00');
    expect(text).toContain('applies from 2015-03-09');
    expect(text).toContain('still to be checked');
    expect(runCli(['fees', file, '--as-of', '2025-07-15', '--lang', 'zh']).stdout).toContain('郡法院立案费');
  });
});
