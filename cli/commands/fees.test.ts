import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { callApi } from '../../core/api/handlers.js';
import { loadCaseFile } from '../../core/case/validate.js';
import { PROJECT_ROOT } from '../../core/project-root.js';
import { importCase } from '../../core/store/import-case.js';
import { openStore } from '../../core/store/open.js';
import { runCli } from '../../test/support/cli.js';
import { useTempDir } from '../../test/support/temp-dir.js';

const tempDir = useTempDir();

/** 20,000.00 owed since 2024-01-31 at 万分之五 a day; on 2024-03-01 the charge is 20,000 × 0.05% × 30 = 300.00. */
function caseFile(currency = 'CNY', paid?: string): string {
  const file = join(tempDir(), 'case.json');
  const data = {
    ...(paid && { payments: [{ date: '2024-01-20', amount: paid }] }),
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

/** A system whose locale is English or Chinese, whatever the machine running the tests has set. */
const SYSTEM_EN = { LC_ALL: '', LC_MESSAGES: '', LANG: 'en_GB.UTF-8' };
const SYSTEM_ZH = { LC_ALL: '', LC_MESSAGES: '', LANG: 'zh_CN.UTF-8' };

describe('casepack fees', () => {
  it('prints the fees of an amount typed as people type it, as JSON decimal strings', () => {
    const result = runCli(['fees', '--amount', '12万', '--json']);
    expect(result.status).toBe(0);
    // 案件受理费 2,300 + 20,000 × 2% = 2,700; 保全 1,020 + 20,000 × 0.5% = 1,120; 执行 50 + 110,000 × 1.5% = 1,700.
    expect(JSON.parse(result.stdout)).toEqual({
      amount: '120000.00',
      nothingToClaim: false,
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

  it('answers in one language by one rule: --lang, else the case, else the system', () => {
    const table = /案件受理费（第十三条）\s+2,700\.00/;
    expect(runCli(['fees', '--amount', '12万'], { env: SYSTEM_ZH }).stdout).toMatch(table);
    expect(runCli(['fees', '--amount', '12万'], { env: SYSTEM_EN }).stdout).toMatch(
      /Case acceptance fee \(Art\. 13\)\s+2,700\.00/,
    );
    expect(runCli(['fees', '--amount', '12万', '--lang', 'en'], { env: SYSTEM_ZH }).stdout).toContain('Case acceptance fee');
    // A zh-CN case answers in Chinese on an English system, and in English when asked.
    const file = caseFile();
    expect(runCli(['fees', file, '--as-of', '2024-03-01'], { env: SYSTEM_EN }).stdout).toContain('案件受理费（第十三条）');
    expect(runCli(['fees', file, '--as-of', '2024-03-01', '--lang', 'en'], { env: SYSTEM_ZH }).stdout).toMatch(
      /Case acceptance fee \(Art\. 13\)\s+307\.50/,
    );
  });

  it('says there is nothing to claim for a case paid in full, with no fee, in the case language or as JSON', () => {
    const file = caseFile('CNY', '20000.00');
    const zh = runCli(['fees', file, '--as-of', '2024-03-01'], { env: SYSTEM_EN });
    expect(zh.status).toBe(0);
    expect(zh.stdout).toBe('诉讼请求金额 (2024-03-01): 0.00\n没有可以请求的金额（欠款已全部清偿），因此不产生诉讼费用。\n');
    const en = runCli(['fees', file, '--as-of', '2024-03-01', '--lang', 'en']);
    expect(en.stdout).toBe(
      'Amount claimed (2024-03-01): 0.00\nThere is nothing to claim (the debt is paid in full), so no court fee arises.\n',
    );
    expect(en.stdout).not.toContain('50.00');
    expect(JSON.parse(runCli(['fees', file, '--as-of', '2024-03-01', '--json']).stdout)).toMatchObject({
      amount: '0.00',
      nothingToClaim: true,
      caseFee: '0.00',
      paymentOrder: '0.00',
      preservation: '0.00',
    });
    // An amount of nothing typed by hand is the same: no 50 元 minimum (第13条 charges a claim, and there is none).
    expect(runCli(['fees', '--amount', '0', '--lang', 'zh']).stdout).toContain('没有可以请求的金额');
  });

  it('works the 申请执行费 of a case holding a judgment on what the judgment still orders paid, as the filings panel does', async () => {
    const example = join(PROJECT_ROOT, 'examples', 'zh-sale-of-goods', 'case.json');
    const json = runCli(['fees', example, '--as-of', '2026-11-30', '--json']);
    expect(json.status).toBe(0);
    // 229,650.50 unpaid of 279,650.50 + doubled interest 2,871.21 + costs 5,800.00 = 238,321.71, not the contract's
    // figure; 50 + 228,321.71 × 1.5% = 3,474.83 (诉讼费用交纳办法 第14条 第1项).
    const cli = JSON.parse(json.stdout) as Record<string, string>;
    expect(cli).toMatchObject({ enforcement: '3474.83', enforcementOn: '238321.71' });
    const store = openStore(join(tempDir(), 'casepack.db'));
    try {
      const id = await importCase(store, await loadCaseFile(example));
      const offer = (await callApi({ store, today: () => '2026-11-30' }, 'filings/offer', { id })) as {
        fees: { enforcement: { amount: string; fee: string } };
      };
      expect(offer.fees.enforcement).toEqual({ amount: cli.enforcementOn, fee: cli.enforcement });
    } finally {
      store.close();
    }
    // In force, the judgment decides the debt: no suit fee on the contract's figure (民事诉讼法 第127条 第5项).
    expect(cli).toMatchObject({ owedUnder: 'judgment', amount: '238321.71' });
    expect(cli).not.toHaveProperty('caseFee');
    const text = runCli(['fees', example, '--as-of', '2026-11-30']).stdout;
    expect(text).toContain('判决确定的金额（含迟延履行期间的加倍部分债务利息） (2026-11-30): 238,321.71');
    expect(text).toMatch(/申请执行（第十四条第一项）\s+3,474\.83/);
    expect(text).not.toContain('案件受理费');
    const en = runCli(['fees', example, '--as-of', '2026-11-30', '--lang', 'en']).stdout;
    expect(en).toContain('Owed under the judgment, with doubled interest for late performance (2026-11-30): 238,321.71');
    expect(en).toContain('Civil Procedure Law art. 127(5)');
    expect(en).not.toContain('Case acceptance fee');
    // Before it takes effect (2026-09-15) the suit's fees are still worked on the contract's figure.
    expect(runCli(['fees', example, '--as-of', '2026-09-01']).stdout).toMatch(/案件受理费（第十三条）/);
  });

  it.each([
    [[], 'fees needs a case file or --amount'],
    [['case.json', '--amount', '3'], 'fees takes a case file or --amount, not both'],
  ])('exits 2 with the usage of its two forms on bad usage: %j', (args, message) => {
    const result = runCli(['fees', ...args]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.stderr).toContain('usage: casepack fees CASE.json [--as-of YYYY-MM-DD] [--json] [--lang en|zh]');
    expect(result.stderr).toContain('casepack fees --amount AMOUNT [--json] [--lang en|zh]');
    expect(result.stdout).toBe('');
  });

  it.each([
    [['fees', '--amount', '1.234'], '--amount: "1.234"'],
    [['fees', '--amount', 'abc'], '--amount: "abc"'],
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
    expect(text).toContain(
      'source: Civil Proceedings Fees Order 2008 (SI 2008/1053), Schedule 1, fee 1.1, as substituted by the ' +
        'Civil Proceedings and Family Proceedings Fees (Amendment) Order 2015 (SI 2015/576), art. 2(3)',
    );
    const zh = runCli(['fees', file, '--as-of', '2025-07-15', '--lang', 'zh']).stdout;
    expect(zh).toContain('郡法院立案费');
    // The instruments by their Chinese names; only their SI numbers stay in figures.
    expect(zh).toContain(
      '来源：《2008年民事诉讼收费令》（英国法定文书 2008/1053 号）附表1第1.1项，经《2015年民事诉讼及家事诉讼收费（修订）令》（英国法定文书 2015/576 号）第2条第(3)款替换',
    );
    expect(zh.match(/[A-Za-z]{2,}/g)).toEqual(null);
  });
});
