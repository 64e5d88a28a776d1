import type { UserRate } from '../../core/calc/rate-sources.js';
import type { CaseFileInput } from '../../core/case/schema.js';

/**
 * A legal case about payments and late charges: a small case (merged onto a one-debtor zh-CN case with no late
 * charge), an as-of date, the article that decides it, and what calc must give, every amount worked out by hand.
 */
export interface ChargeCase {
  id: string;
  article: string;
  asOf: string;
  case: Partial<CaseFileInput>;
  /** LPR or Bank Rate values a user added (Settings › Rates), used over the bundled data. */
  rates?: UserRate[];
  expect: {
    /** The periods the missing-rate warning names, `from..to`; [] for none. */
    missingRates?: string[];
    /** What is owed on asOf. */
    total?: string;
    lateChargeOutstanding?: string;
    /** Each payment's parts, in case order: `claim head amount`. */
    applied?: string[][];
    paymentOrder?: string;
    /** Statement lines: `claim from to days charge`. */
    rows?: (string | number)[][];
    /** Each must match one warning (English); `noWarnings` asserts there are none. */
    warnings?: RegExp[];
    noWarnings?: true;
    /** The case is refused: the JSON path of the field, or the calculation error. */
    invalid?: string;
    error?: RegExp;
  };
}

const claim = (id: string, amount: string, dueDate: string) => ({ id, description: '货款', amount, dueDate });
const daily = (rate: string, nature?: 'penalty' | 'interest' | 'loan-interest') =>
  ({ kind: 'daily-rate', rate, ...(nature && { nature }) }) as const;
const twoClaims = [claim('A', '1000.00', '2024-01-10'), claim('B', '2000.00', '2024-01-20')];

export const CHARGE_CASES: ChargeCase[] = [
  // 民法典 第560条 第1款: the debtor designates the debt.
  {
    id: 'allocation-designated',
    article: '民法典 第560条 第1款',
    asOf: '2024-02-01',
    case: { claims: twoClaims, payments: [{ date: '2024-02-01', amount: '500.00', claim: 'B' }] },
    expect: { applied: [['B principal 500.00']], total: '2500.00' },
  },
  {
    // 800 named for B, which owes 500: B is paid off, the other 300 goes to A by 第560条 第2款.
    id: 'allocation-designated-overflow',
    article: '民法典 第560条',
    asOf: '2024-02-01',
    case: {
      claims: [claim('A', '1000.00', '2024-01-10'), claim('B', '500.00', '2024-01-20')],
      payments: [{ date: '2024-02-01', amount: '800.00', claim: 'B' }],
    },
    expect: { applied: [['B principal 500.00', 'A principal 300.00']], total: '700.00' },
  },
  {
    // Both matured; the earlier-due debt A is paid in full before B.
    id: 'allocation-earliest-due',
    article: '民法典 第560条 第2款',
    asOf: '2024-02-01',
    case: { claims: twoClaims, payments: [{ date: '2024-02-01', amount: '1200.00' }] },
    expect: { applied: [['A principal 1000.00', 'B principal 200.00']], total: '1800.00' },
  },
  {
    // On 2024-02-01 only B (due 01-20) has matured; A (due 03-10) has not, so B takes the payment.
    id: 'allocation-matured-first',
    article: '民法典 第560条 第2款',
    asOf: '2024-02-01',
    case: {
      claims: [claim('A', '1000.00', '2024-03-10'), claim('B', '2000.00', '2024-01-20')],
      payments: [{ date: '2024-02-01', amount: '500.00' }],
    },
    expect: { applied: [['B principal 500.00']], total: '2500.00' },
  },
  {
    // Due the same day: 1000.01 × 1000/4000 = 250.0025, × 3000/4000 = 750.0075; the spare cent to the larger remainder.
    id: 'allocation-pro-rata',
    article: '民法典 第560条 第2款（按照债务比例履行）',
    asOf: '2024-01-31',
    case: {
      claims: [claim('X', '1000.00', '2024-01-10'), claim('Y', '3000.00', '2024-01-10')],
      payments: [{ date: '2024-01-15', amount: '1000.01' }],
    },
    expect: { applied: [['X principal 250.00', 'Y principal 750.01']], total: '2999.99' },
  },
  {
    // 01-11..01-20: 1000 × 0.1% × 10 = 10.00. 300 → 违约金 10.00, principal 290.00. 01-21..01-30: 710 × 0.1% × 10 = 7.10.
    id: 'allocation-561-penalty-as-interest',
    article: '民法典 第561条',
    asOf: '2024-01-30',
    case: { lateCharge: daily('0.001'), payments: [{ date: '2024-01-20', amount: '300.00' }] },
    expect: {
      paymentOrder: 'prc-560-561',
      applied: [['c1 charges 10.00', 'c1 principal 290.00']],
      total: '717.10',
      lateChargeOutstanding: '7.10',
    },
  },
  {
    // The court does not count the 违约金 as 利息: 300 → principal; 700 × 0.1% × 10 = 7.00; 违约金 10.00 + 7.00 owed.
    id: 'allocation-561-penalty-last',
    article: '民法典 第561条（违约金是否属于利息，法院认识不一）',
    asOf: '2024-01-30',
    case: {
      lateCharge: daily('0.001'),
      allocation: { penaltyAsInterest: false },
      payments: [{ date: '2024-01-20', amount: '300.00' }],
    },
    expect: {
      paymentOrder: 'prc-560-561-penalty-last',
      applied: [['c1 principal 300.00']],
      total: '717.00',
      lateChargeOutstanding: '17.00',
    },
  },
  {
    // Agreed interest is 利息 whatever the setting says about 违约金: as in the first 561 case.
    id: 'allocation-561-agreed-interest',
    article: '民法典 第561条',
    asOf: '2024-01-30',
    case: {
      lateCharge: daily('0.001', 'interest'),
      allocation: { penaltyAsInterest: false },
      payments: [{ date: '2024-01-20', amount: '300.00' }],
    },
    expect: { paymentOrder: 'prc-560-561', total: '717.10' },
  },
  {
    // English law: no appropriation by either side — the oldest debt first, whole; same day in case order.
    id: 'allocation-english-oldest-first',
    article: "Clayton's Case (1816) 1 Mer 572",
    asOf: '2024-01-31',
    case: {
      locale: 'en-GB',
      currency: 'GBP',
      claims: [claim('X', '1000.00', '2024-01-10'), claim('Y', '3000.00', '2024-01-10')],
      payments: [{ date: '2024-01-15', amount: '1200.00' }],
    },
    expect: { paymentOrder: 'english-appropriation', applied: [['X principal 1000.00', 'Y principal 200.00']], total: '2800.00' },
  },
  {
    // The debtor did not appropriate; the creditor did, to the later debt Y.
    id: 'allocation-english-creditor',
    article: 'English law: the creditor appropriates when the debtor did not',
    asOf: '2024-01-31',
    case: {
      locale: 'en-GB',
      currency: 'GBP',
      claims: [claim('X', '1000.00', '2024-01-10'), claim('Y', '3000.00', '2024-01-20')],
      payments: [{ date: '2024-01-25', amount: '100.00', claim: 'Y', appropriatedBy: 'creditor' }],
    },
    expect: { applied: [['Y principal 100.00']], total: '3900.00' },
  },
  {
    id: 'allocation-prc-creditor-refused',
    article: '民法典 第560条 第1款（由债务人指定）',
    asOf: '2024-01-31',
    case: { payments: [{ date: '2024-01-25', amount: '100.00', claim: 'c1', appropriatedBy: 'creditor' }] },
    expect: { invalid: 'payments[0].appropriatedBy' },
  },
  {
    // US: oldest first — TX-2 (due 01-05) before TX-1 (due 01-10).
    id: 'allocation-us-oldest-first',
    article: 'US common law: the oldest debt first',
    asOf: '2024-02-01',
    case: {
      locale: 'en-US',
      currency: 'USD',
      claims: [claim('TX-1', '1000.00', '2024-01-10'), claim('TX-2', '500.00', '2024-01-05')],
      payments: [{ date: '2024-02-01', amount: '600.00' }],
    },
    expect: { paymentOrder: 'us-oldest-first', applied: [['TX-2 principal 500.00', 'TX-1 principal 100.00']], total: '900.00' },
  },
  // 买卖合同解释 第18条 第4款: LPR at each claim's breach plus 30–50 %.
  {
    // c1 from 2024-10-11: 3.35% × 1.3 = 4.355%, 100000 × 0.04355 × 21/360 = 254.0416… → 254.04.
    // c2 from 2024-10-26 (after the 10-21 cut): 3.10% × 1.3 = 4.03%, 50000 × 0.0403 × 6/360 = 33.5833… → 33.58.
    id: 'overdue-loss-lpr-per-claim',
    article: '买卖合同解释 第18条 第4款',
    asOf: '2024-10-31',
    case: {
      lateCharge: { kind: 'overdue-loss', markup: '0.3', basis: 360 },
      claims: [claim('c1', '100000.00', '2024-10-10'), claim('c2', '50000.00', '2024-10-25')],
    },
    expect: {
      rows: [
        ['c1', '2024-10-11', '2024-10-31', 21, '254.04'],
        ['c2', '2024-10-26', '2024-10-31', 6, '33.58'],
      ],
      total: '150287.62',
    },
  },
  {
    // From 2024-10-21: 3.10% × 1.5 = 4.65%; 10-21..11-19 = 30 days; 100000 × 0.0465 × 30/365 = 382.1917… → 382.19.
    id: 'overdue-loss-plus-50',
    article: '买卖合同解释 第18条 第4款',
    asOf: '2024-11-19',
    case: { lateCharge: { kind: 'overdue-loss', markup: '0.5', basis: 365 }, claims: [claim('c1', '100000.00', '2024-10-20')] },
    expect: { rows: [['c1', '2024-10-21', '2024-11-19', 30, '382.19']], total: '100382.19' },
  },
  {
    id: 'overdue-loss-markup-out-of-range',
    article: '买卖合同解释 第18条 第4款（加计30—50%）',
    asOf: '2024-11-19',
    case: { lateCharge: { kind: 'overdue-loss', markup: '0.6', basis: 365 } },
    expect: { invalid: 'lateCharge.markup' },
  },
  {
    id: 'overdue-loss-before-lpr',
    article: '买卖合同解释 第18条 第4款（2019年8月19日之前：基准利率）',
    asOf: '2019-09-30',
    case: { lateCharge: { kind: 'overdue-loss', markup: '0.3', basis: 365 }, claims: [claim('c1', '1000.00', '2019-08-10')] },
    expect: { error: /2019-08-20/ },
  },
  // Warnings by the charge's kind.
  {
    // 0.05%/day = 18.25% a year > 1.95 × LPR 3.45% (2024-01-11) = 6.7275%: 585(2), 通则解释 第65条; below 36 %.
    id: 'warning-penalty-excessive',
    article: '民法典 第585条 第2款；合同编通则解释 第65条',
    asOf: '2024-02-10',
    case: { lateCharge: daily('0.0005') },
    expect: { warnings: [/more than 30% above/, /only if the debtor asks/], total: '1015.50' },
  },
  {
    // 0.1 % a day: the 36 %/0.1 % warning, and the penalty one.
    id: 'warning-high-rate-daily',
    article: '民法典 第585条 第2款',
    asOf: '2024-02-10',
    case: { lateCharge: daily('0.001') },
    expect: { warnings: [/0\.1% a day or more/, /more than 30% above/], total: '1031.00' },
  },
  {
    // Loan signed 2024-01-05 (LPR 3.45%): cap 13.8 %; 15 % a year is above it. 1000 × 0.15 × 31/365 = 12.7397… → 12.74.
    id: 'warning-loan-cap',
    article: '民间借贷规定 第25条、第28条、第29条',
    asOf: '2024-02-10',
    case: {
      contract: { title: '借款合同', signedOn: '2024-01-05' },
      lateCharge: { kind: 'annual-rate', rate: '0.15', basis: 365, nature: 'loan-interest' },
    },
    expect: { warnings: [/4 × the 1-year LPR on 2024-01-05 \(13\.8%\)/], total: '1012.74' },
  },
  {
    // 12 % is within 13.8 %; loan interest is not a 违约金, so no 585 warning either.
    id: 'warning-loan-within-cap',
    article: '民间借贷规定 第25条',
    asOf: '2024-02-10',
    case: {
      contract: { title: '借款合同', signedOn: '2024-01-05' },
      lateCharge: { kind: 'annual-rate', rate: '0.12', basis: 365, nature: 'loan-interest' },
    },
    expect: { noWarnings: true },
  },
  {
    // A 15 % penalty is not a loan: the 4 × LPR cap does not apply, the 585 rule does.
    id: 'warning-no-loan-cap-for-penalty',
    article: '民间借贷规定 第1条（适用范围）；民法典 第585条',
    asOf: '2024-02-10',
    case: { lateCharge: { kind: 'annual-rate', rate: '0.15', basis: 365 } },
    expect: { warnings: [/more than 30% above/] },
  },
  {
    id: 'warning-high-rate-interest',
    article: '36% a year',
    asOf: '2024-02-10',
    case: { lateCharge: { kind: 'annual-rate', rate: '0.36', basis: 365, nature: 'interest' } },
    expect: { warnings: [/36% a year or 0\.1% a day or more/] },
  },
  {
    // 1.5 × LPR is within 1.95 × LPR: no warning.
    id: 'warning-lpr-penalty-within',
    article: '合同编通则解释 第65条',
    asOf: '2024-02-10',
    case: { lateCharge: { kind: 'lpr', multiplier: '1.5', basis: 365, mode: 'floating' } },
    expect: { noWarnings: true },
  },
];
