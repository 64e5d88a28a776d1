import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CaseCalculationJson } from '../calc/calculate-case.js';
import { computeStatement } from '../calc/statement.js';
import { caseIssues } from '../case/validate.js';
import { parseCents } from '../money/cents.js';
import { formatGroupedCents } from '../money/money.js';
import { runCli } from '../../test/support/cli.js';
import { pdfText } from '../../test/support/pdf-tools.js';
import { lacksTools } from '../../test/support/system-tools.js';
import { useTempDir } from '../../test/support/temp-dir.js';
import { unmetPaymentOrderConditions, type PaymentOrderCondition } from './payment-order-conditions.js';

const tempDir = useTempDir();
const AS_OF = '2026-11-30';
const flat = (text: string) => text.replace(/\s+/g, '');

type Raw = Record<string, any>;

/**
 * The zh-CN sale example before its judgment (once in force, no 支付令 is applied for: 民事诉讼法 第127条 第5项):
 * its creditor confirms what only it can, so every condition is met.
 */
function eligible(): Raw {
  const raw = JSON.parse(readFileSync('examples/zh-sale-of-goods/case.json', 'utf8')) as Raw;
  expect(raw.filing.paymentOrder).toEqual({ noCounterPerformance: true, noOtherDispute: true, debtorInChina: true });
  delete raw.filing.judgment;
  return raw;
}

function unmet(raw: Raw, asOf = AS_OF): PaymentOrderCondition[] {
  const { data, issues } = caseIssues(raw);
  if (!data) throw new Error(JSON.stringify(issues));
  return unmetPaymentOrderConditions(data, computeStatement(data, asOf), asOf, data.debtors[0]!);
}

describe('the conditions of a 支付令 (民事诉讼法 第225条, 民诉解释 第23条、第427条)', () => {
  it('are all met by a due money claim the creditor confirms, before the debtor’s court', () => {
    expect(unmet(eligible())).toEqual([]);
  });

  it.each<[PaymentOrderCondition, (raw: Raw) => void, string?]>([
    // 第427条 第1款 第2项: due and certain. The last invoice falls due on 2024-10-05: on 2024-10-04 it is not due.
    ['not-due', () => undefined, '2024-10-04'],
    ['nothing-owed', (raw) => raw.payments.push({ date: '2026-11-01', amount: '900000.00' })],
    ['counter-performance', (raw) => (raw.filing.paymentOrder.noCounterPerformance = false)], // 第427条 第1款 第3项
    ['other-dispute', (raw) => delete raw.filing.paymentOrder], // 民事诉讼法 第225条 第1项 (and 第3项 with it)
    ['debtor-abroad', (raw) => (raw.filing.paymentOrder.debtorInChina = false)], // 第427条 第1款 第4项
    ['debtor-abroad', (raw) => delete raw.filing.paymentOrder.debtorInChina], // not confirmed is not met
    ['debtor-address', (raw) => delete raw.debtors[0].address], // 民事诉讼法 第225条 第2项
    ['court-not-domicile', (raw) => (raw.filing.courtBasis = 'agreed')], // 民诉解释 第23条
    ['preserved-before-suit', (raw) => (raw.filing.preservedBeforeSuit = '（2026）浙0105财保12号')], // 第427条 第1款 第7项
    ['preserved-before-suit', (raw) => (raw.filing.preservation.stage = 'before-suit')], // applied for, before any ruling
  ])('names %s when the case does not meet it', (condition, change, asOf) => {
    const raw = eligible();
    change(raw);
    expect(unmet(raw, asOf)).toContain(condition);
    if (condition !== 'other-dispute') expect(unmet(raw, asOf)).toEqual([condition]);
  });
});

describe.skipIf(lacksTools('the 支付令申请书 read-back', 'pdftotext'))('支付令申请书', () => {
  it('states the statement’s figures to the cent, the debtor’s court and the evidence in the bundle’s numbering', () => {
    const dir = tempDir();
    cpSync('examples/zh-sale-of-goods', dir, { recursive: true });
    const file = join(dir, 'case.json');
    const raw = eligible();
    writeFileSync(file, JSON.stringify(raw));
    const letter = runCli(['letter', file, '--template', 'payment-order-application', '--as-of', AS_OF, '--out', dir]);
    expect(letter.stderr).toBe('');
    const text = flat(pdfText(join(dir, 'payment-order-application.pdf')));
    const calc = JSON.parse(runCli(['calc', file, '--as-of', AS_OF, '--json']).stdout) as CaseCalculationJson;
    const grouped = (amount: string) => formatGroupedCents(parseCents(amount));
    expect(text).toContain(`督促其向申请人支付欠款本金人民币${grouped(calc.outstanding)}元`);
    expect(text).toContain(`暂计至2026年11月30日为人民币${grouped(calc.lateChargeOutstanding)}元`);
    expect(text).toContain(`以上暂计合计人民币${grouped(calc.total)}元`);
    expect(text).toContain('被申请人杭州明禾建材贸易有限公司');
    expect(text.match(/项目被申请人/g)).toHaveLength(1); // the guarantor is not a respondent
    expect(text).toMatch(/此致杭州市拱墅区人民法院/);
    raw.evidence.forEach((e: { title: string }, i: number) => expect(text).toContain(`${i + 1}${flat(e.title)}`));
  });

  it('is refused for a case whose creditor has not confirmed its part, in one line naming what is missing', () => {
    const dir = tempDir();
    cpSync('examples/zh-sale-of-goods', dir, { recursive: true });
    const raw = eligible();
    delete raw.filing.paymentOrder;
    writeFileSync(join(dir, 'case.json'), JSON.stringify(raw));
    const result = runCli([
      'letter',
      join(dir, 'case.json'),
      '--template',
      'payment-order-application',
      '--as-of',
      AS_OF,
      '--out',
      tempDir(),
    ]);
    expect(result.status).toBe(1);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('支付令申请书 cannot be made');
    expect(lines[0]).toContain('owes nothing in return');
    expect(lines[0]).toContain('no other debt dispute');
  });
});
