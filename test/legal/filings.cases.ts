import type { CaseFileInput } from '../../core/case/schema.js';
import type { IsoDate } from '../../core/dates/calendar-date.js';

/** A filing written for a small case, with what it must state or the coded refusal it must meet; figures by hand. */
export interface FilingCase {
  id: string;
  article: string;
  asOf: IsoDate;
  template: 'enforcement-application' | 'preservation-application' | 'payment-order-application' | 'complaint';
  /** The case's `filing`, checked by the schema when the case is made. */
  filing: Record<string, unknown>;
  /** Claims of the case (amounts in yuan); default one claim of 100,000.00 due 2024-01-10 with no late charge. */
  claims?: CaseFileInput['claims'];
  /** Payments of the case (amounts in yuan); default none. */
  payments?: CaseFileInput['payments'];
  /** Debtors of the case; default one company with no address. */
  debtors?: CaseFileInput['debtors'];
  /** The fees filingFees works on the case (decimal text), each by hand from 诉讼费用交纳办法. */
  fees?: { paymentOrder?: string; preservation?: { amount: string; fee: string } | null; nothingToClaim?: boolean };
  /** Texts the document must contain. */
  states?: string[];
  refused?: { code: string; params: Record<string, string> };
}

const court = { caseType: 'sale-of-goods', court: '上海市浦东新区人民法院', courtBasis: 'defendant-domicile' } as const;
const judgment = (fields: Record<string, unknown>) => ({
  ...court,
  judgment: { kind: 'judgment', court: '上海市浦东新区人民法院', caseNumber: '（2025）沪0115民初100号', ...fields },
});

/** A debtor a 支付令 can be served on (民事诉讼法 第225条 第2项), and the three facts only the creditor confirms. */
const served = [{ name: '乙公司', kind: 'company', role: 'debtor', address: '上海市浦东新区世纪大道1号' }] as const;
const confirmed = { noCounterPerformance: true, noOtherDispute: true, debtorInChina: true };
const paymentOrder = (fields: Record<string, unknown> = {}) => ({ ...court, paymentOrder: { ...confirmed, ...fields } });
/** The refusal of a suit paper once the judgment is in force, with what core names for the message. */
const held = (templateId: string, names: [string, string], fields: Record<string, string>) => ({
  code: 'filing.judgment-held',
  params: {
    templateId,
    letterZh: names[0],
    letterEn: names[1],
    kind: 'judgment',
    caseNumber: '（2025）沪0115民初100号',
    basis: 'cpl-247',
    bar: 'cpl-127-5',
    ...fields,
  },
});
const unmet = (conditions: string) => ({ code: 'payment-order-conditions', params: { unmet: conditions } });

export const filingCases: FilingCase[] = [
  // 100,000.00 × 1.75‱ × 30 days (2025-03-12..04-10) = 525.00; apply by 2025-03-11 + 2 years = 2027-03-11 (a Thursday).
  {
    id: 'enf-doubled-interest-30-days',
    article: '民事诉讼法 第264条; 迟延履行利息解释 第1–3条; 民事诉讼法 第250条',
    asOf: '2025-04-10',
    template: 'enforcement-application',
    filing: judgment({ effectiveOn: '2025-03-01', performanceLastDay: '2025-03-11', amount: '100000.00' }),
    states: ['人民币100,000.00元', '暂计至2025年4月10日为人民币525.00元', '自2025年3月12日起', '本案至2027年3月11日止'],
  },
  // No performance period: doubled interest and the two years both run from the effective day (第2条; 第250条 第2款).
  // 20,000.00 × 1.75‱ × 10 days (2025-06-02..06-11) = 35.00; 2025-06-01 + 2 years = 2027-06-01 (a Tuesday).
  {
    id: 'enf-no-performance-period',
    article: '迟延履行利息解释 第2条; 民事诉讼法 第250条 第2款',
    asOf: '2025-06-11',
    template: 'enforcement-application',
    filing: judgment({ kind: 'mediation', effectiveOn: '2025-06-01', amount: '20000.00' }),
    states: ['民事调解书', '未确定履行期间', '人民币35.00元', '自2025年6月2日起', '本案至2027年6月1日止'],
  },
  // A payment after the period stops that part (第3条): 50,000 × 10 days + 30,000 × 20 days at 1.75‱ = 87.50 + 105.00.
  {
    id: 'enf-part-paid-late',
    article: '迟延履行利息解释 第3条、第4条',
    asOf: '2025-04-10',
    template: 'enforcement-application',
    filing: judgment({
      effectiveOn: '2025-03-01',
      performanceLastDay: '2025-03-11',
      amount: '50000.00',
      payments: [{ date: '2025-03-21', amount: '20000.00' }],
    }),
    states: ['人民币30,000.00元（确定的金钱债务人民币50,000.00元，已履行人民币20,000.00元）', '人民币192.50元'],
  },
  // Past the two years the application is still accepted (民诉解释 第481条), but it no longer says it is in time.
  {
    id: 'enf-after-two-years-no-claim-of-time',
    article: '民事诉讼法 第250条; 民诉解释 第481条',
    asOf: '2027-03-12',
    template: 'enforcement-application',
    filing: judgment({ effectiveOn: '2025-03-01', performanceLastDay: '2025-03-11', amount: '100000.00' }),
    states: ['强制执行申请书'],
  },
  {
    id: 'enf-judgment-not-yet-in-force',
    article: '民事诉讼法 第247条',
    asOf: '2025-02-28',
    template: 'enforcement-application',
    filing: judgment({ effectiveOn: '2025-03-01', amount: '100000.00' }),
    refused: { code: 'judgment-not-in-force', params: { effectiveOn: '2025-03-01', asOf: '2025-02-28' } },
  },
  // 保全申请费 on 100,000.00: 30 + 99,000 × 1% = 1,020.00 (诉讼费用交纳办法 第14条 第2项).
  {
    id: 'pres-fee-whole-claim',
    article: '诉讼费用交纳办法 第14条 第2项; 民事诉讼法 第103条',
    asOf: '2025-04-10',
    template: 'preservation-application',
    filing: { ...court, preservation: { stage: 'in-suit', security: 'cash', property: [] } },
    states: ['价值人民币100,000.00元', '保全申请费人民币1,020.00元', '第一百零三条'],
  },
  // On 2,000,000.00 the fee would be 10,520.00; it is capped at 5,000.00. Before suit, 第104条 and security are cited.
  {
    id: 'pres-fee-cap-before-suit',
    article: '诉讼费用交纳办法 第14条 第2项; 民事诉讼法 第104条',
    asOf: '2025-04-10',
    template: 'preservation-application',
    claims: [{ id: 'c1', description: '货款', amount: '2000000.00', dueDate: '2024-01-10' }],
    filing: { ...court, preservation: { stage: 'before-suit', security: 'insurer', property: ['房产一处'] } },
    states: ['诉前财产保全申请书', '保全申请费人民币5,000.00元', '第一百零四条', '财产线索房产一处'],
  },
  {
    id: 'pres-over-claim-refused',
    article: '民事诉讼法 第105条',
    asOf: '2025-04-10',
    template: 'preservation-application',
    filing: { ...court, preservation: { stage: 'in-suit', security: 'cash', amount: '100000.01', property: [] } },
    refused: { code: 'preservation.over-claim', params: { amount: '100000.01', claimed: '100000.00' } },
  },
  // Every condition met: 100,000.00 due 2024-01-10, no late charge; 支付令申请费 = 2,300.00 ÷ 3 = 766.666… → 766.67.
  {
    id: 'po-all-conditions-met',
    article: '民事诉讼法 第225条; 民诉解释 第427条; 诉讼费用交纳办法 第14条 第3项',
    asOf: '2025-04-10',
    template: 'payment-order-application',
    debtors: [...served],
    filing: paymentOrder(),
    states: ['督促其向申请人支付欠款本金人民币100,000.00元', '以上暂计合计人民币100,000.00元', '此致上海市浦东新区人民法院'],
    fees: { paymentOrder: '766.67' },
  },
  {
    id: 'po-counter-performance-owed',
    article: '民诉解释 第427条 第1款 第3项',
    asOf: '2025-04-10',
    template: 'payment-order-application',
    debtors: [...served],
    filing: paymentOrder({ noCounterPerformance: false }),
    refused: unmet('counter-performance'),
  },
  {
    id: 'po-debtor-not-in-china',
    article: '民诉解释 第427条 第1款 第4项',
    asOf: '2025-04-10',
    template: 'payment-order-application',
    debtors: [...served],
    filing: paymentOrder({ debtorInChina: false }),
    refused: unmet('debtor-abroad'),
  },
  {
    id: 'po-debtor-cannot-be-served',
    article: '民事诉讼法 第225条 第2项; 民诉解释 第427条 第1款 第5项',
    asOf: '2025-04-10',
    template: 'payment-order-application',
    filing: paymentOrder(),
    refused: unmet('debtor-address'),
  },
  // 2025-04-10 is before the claim falls due on 2025-05-01: a 支付令 needs a debt due and certain.
  {
    id: 'po-not-yet-due',
    article: '民诉解释 第427条 第1款 第2项',
    asOf: '2025-04-10',
    template: 'payment-order-application',
    claims: [{ id: 'c1', description: '货款', amount: '100000.00', dueDate: '2025-05-01' }],
    debtors: [...served],
    filing: paymentOrder(),
    refused: unmet('not-due'),
  },
  // Applying to preserve before suit rules a 支付令 out, whatever came of the application.
  {
    id: 'po-preservation-before-suit',
    article: '民诉解释 第427条 第1款 第7项',
    asOf: '2025-04-10',
    template: 'payment-order-application',
    debtors: [...served],
    filing: { ...paymentOrder(), preservation: { stage: 'before-suit', security: 'insurer', property: [] } },
    refused: unmet('preserved-before-suit'),
  },
  {
    id: 'po-paid-in-full',
    article: '民诉解释 第427条 第1款 第2项',
    asOf: '2025-04-10',
    template: 'payment-order-application',
    payments: [{ date: '2025-02-01', amount: '100000.00' }],
    debtors: [...served],
    filing: paymentOrder(),
    refused: unmet('nothing-owed'),
    fees: { paymentOrder: '0.00', preservation: null, nothingToClaim: true },
  },
  // The amount entered, not the claim, sets the fee: 30 + (50,000 − 1,000) × 1% = 520.00.
  {
    id: 'pres-fee-entered-amount',
    article: '诉讼费用交纳办法 第14条 第2项; 民事诉讼法 第103条',
    asOf: '2025-04-10',
    template: 'preservation-application',
    filing: { ...court, preservation: { stage: 'in-suit', security: 'cash', amount: '50000.00', property: [] } },
    states: ['价值人民币50,000.00元', '保全申请费人民币520.00元'],
    fees: { paymentOrder: '766.67', preservation: { amount: '50000.00', fee: '520.00' } },
  },
  // Above 100,000 the rate is 0.5%: 1,020 + (800,000 − 100,000) × 0.5% = 4,520.00, under the cap.
  {
    id: 'pres-fee-second-band',
    article: '诉讼费用交纳办法 第14条 第2项',
    asOf: '2025-04-10',
    template: 'preservation-application',
    claims: [{ id: 'c1', description: '货款', amount: '1000000.00', dueDate: '2024-01-10' }],
    filing: { ...court, preservation: { stage: 'in-suit', security: 'insurer', amount: '800000.00', property: [] } },
    states: ['价值人民币800,000.00元', '保全申请费人民币4,520.00元'],
    fees: { preservation: { amount: '800000.00', fee: '4520.00' } },
  },
  // The cap is reached at 896,000.00 exactly (1,020 + 796,000 × 0.5% = 5,000.00); a cent more still costs 5,000.00.
  {
    id: 'pres-fee-cap-reached',
    article: '诉讼费用交纳办法 第14条 第2项',
    asOf: '2025-04-10',
    template: 'preservation-application',
    claims: [{ id: 'c1', description: '货款', amount: '1000000.00', dueDate: '2024-01-10' }],
    filing: { ...court, preservation: { stage: 'in-suit', security: 'cash', amount: '896000.01', property: [] } },
    states: ['价值人民币896,000.01元', '保全申请费人民币5,000.00元'],
    fees: { preservation: { amount: '896000.01', fee: '5000.00' } },
  },
  {
    id: 'pres-nothing-to-claim',
    article: '民事诉讼法 第105条; 诉讼费用交纳办法 第14条 第2项',
    asOf: '2025-04-10',
    template: 'preservation-application',
    payments: [{ date: '2025-02-01', amount: '100000.00' }],
    filing: { ...court, preservation: { stage: 'in-suit', security: 'cash', property: [] } },
    refused: { code: 'filing.nothing-to-claim', params: { templateId: 'preservation-application', asOf: '2025-04-10' } },
    fees: { paymentOrder: '0.00', preservation: null, nothingToClaim: true },
  },
  // 民事诉讼法 第127条 第5项: a case decided by a judgment or 调解书 in force is not sued on again; enforce it (第247条).
  {
    id: 'suit-complaint-day-before-judgment',
    article: '民事诉讼法 第127条 第5项',
    asOf: '2025-02-28',
    template: 'complaint',
    filing: judgment({ effectiveOn: '2025-03-01', amount: '100000.00' }),
    states: ['民事起诉状', '支付欠款本金人民币100,000.00元'],
  },
  {
    id: 'suit-complaint-judgment-in-force',
    article: '民事诉讼法 第127条 第5项; 第247条',
    asOf: '2025-03-01',
    template: 'complaint',
    filing: judgment({ effectiveOn: '2025-03-01', amount: '100000.00' }),
    refused: held('complaint', ['民事起诉状（要素式）', 'Civil complaint (itemised form)'], {
      effectiveOn: '2025-03-01',
      asOf: '2025-03-01',
    }),
  },
  {
    id: 'suit-payment-order-mediation-in-force',
    article: '民事诉讼法 第127条 第5项; 第247条 第2款',
    asOf: '2025-06-01',
    template: 'payment-order-application',
    debtors: [...served],
    filing: { ...judgment({ kind: 'mediation', effectiveOn: '2025-05-20', amount: '100000.00' }), paymentOrder: confirmed },
    refused: held('payment-order-application', ['支付令申请书', 'Application for a payment order'], {
      kind: 'mediation',
      effectiveOn: '2025-05-20',
      asOf: '2025-06-01',
    }),
  },
  // An arbitral award bars a suit by its own law; CasePack names only its enforcement basis, 民事诉讼法 第248条.
  {
    id: 'suit-preservation-award-in-force',
    article: '民事诉讼法 第248条',
    asOf: '2025-04-10',
    template: 'preservation-application',
    filing: {
      ...judgment({ kind: 'award', effectiveOn: '2025-04-10', amount: '100000.00' }),
      preservation: { stage: 'in-suit', security: 'cash', property: [] },
    },
    refused: {
      code: 'filing.judgment-held',
      params: {
        templateId: 'preservation-application',
        letterZh: '财产保全申请书',
        letterEn: 'Application to preserve property',
        kind: 'award',
        caseNumber: '（2025）沪0115民初100号',
        effectiveOn: '2025-04-10',
        asOf: '2025-04-10',
        basis: 'cpl-248',
      },
    },
  },
];
