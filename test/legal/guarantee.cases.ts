import { claim, debtorAndGuarantor, type LegalCase } from './legal-case.js';

// Principal debt due 2024-03-15 (three years: 2027-03-15, a Monday). Six-month guarantee period: 2024-09-15, in
// 中秋 2024-09-15..17 → Wednesday 2024-09-18.
const principal = [claim('c1', '2024-03-15')];
const joint = debtorAndGuarantor({ kind: 'joint' });
const general = debtorAndGuarantor({ kind: 'general' });
const toGuarantor = (date: string, kind: 'demand-delivered' | 'acknowledged' = 'demand-delivered') => ({ date, kind, party: 1 });
const debtor = { expiresOn: '2027-03-15' };

/** Guarantee period and the guarantor's limitation (民法典 第686、692–694、701条; 时效规定 第18条; 担保解释 第34条). */
export const guaranteeCases: LegalCase[] = [
  {
    id: 'gu-joint-demand-by',
    article: '民法典 第693条 第2款',
    asOf: '2024-08-01',
    case: { debtors: joint, claims: principal },
    parties: [debtor, { expiresOn: '2024-09-18', rule: 'prc-guarantee-demand-by' }],
  },
  {
    id: 'gu-joint-lapsed',
    article: '民法典 第693条 第2款',
    asOf: '2024-10-01',
    case: { debtors: joint, claims: principal },
    parties: [debtor, { expiresOn: '2024-09-18', rule: 'prc-guarantee-lapsed-joint', lapsed: '2024-09-18' }],
  },
  // Own three years from the demand: 2027-06-03; the principal debt's 2027-03-15 comes first.
  {
    id: 'gu-joint-principal-earlier',
    article: '民法典 第701条; 诉讼时效规定 第18条',
    asOf: '2024-10-01',
    case: { debtors: joint, claims: principal, events: [toGuarantor('2024-06-03')] },
    parties: [debtor, { expiresOn: '2027-03-15', rule: 'prc-guarantor-principal' }],
  },
  // A demand to both on 2024-06-03: both end 2027-06-03, a Thursday.
  {
    id: 'gu-joint-demanded',
    article: '民法典 第694条 第2款',
    asOf: '2024-10-01',
    case: {
      debtors: joint,
      claims: principal,
      events: [{ date: '2024-06-03', kind: 'demand-delivered' }, toGuarantor('2024-06-03')],
    },
    parties: [{ expiresOn: '2027-06-03' }, { expiresOn: '2027-06-03', rule: 'prc-guarantee-demanded' }],
  },
  // Debtor's demand 2024-05-06 → 2027-05-06 (Thursday), before the guarantor's own 2027-06-03.
  {
    id: 'gu-principal-interrupted-earlier',
    article: '民法典 第701条',
    asOf: '2024-10-01',
    case: {
      debtors: joint,
      claims: principal,
      events: [{ date: '2024-05-06', kind: 'demand-delivered' }, toGuarantor('2024-06-03')],
    },
    parties: [{ expiresOn: '2027-05-06' }, { expiresOn: '2027-05-06', rule: 'prc-guarantor-principal' }],
  },
  {
    id: 'gu-joint-demand-too-late',
    article: '民法典 第693条 第2款',
    asOf: '2024-10-01',
    case: { debtors: joint, claims: principal, events: [toGuarantor('2024-09-20')] },
    parties: [debtor, { expiresOn: '2024-09-18', lapsed: '2024-09-18' }],
  },
  {
    id: 'gu-joint-demand-to-debtor-only',
    article: '民法典 第693条 第2款',
    asOf: '2024-08-01',
    case: { debtors: joint, claims: principal, events: [{ date: '2024-06-03', kind: 'demand-delivered' }] },
    parties: [{ expiresOn: '2027-06-03' }, { expiresOn: '2024-09-18', rule: 'prc-guarantee-demand-by' }],
  },
  {
    id: 'gu-general-sue-by',
    article: '民法典 第693条 第1款',
    asOf: '2024-08-01',
    case: { debtors: general, claims: principal },
    parties: [debtor, { expiresOn: '2024-09-18', rule: 'prc-guarantee-sue-by' }],
  },
  {
    id: 'gu-general-demand-not-enough',
    article: '民法典 第693条 第1款',
    asOf: '2024-10-01',
    case: { debtors: general, claims: principal, events: [toGuarantor('2024-06-03')] },
    parties: [debtor, { expiresOn: '2024-09-18', rule: 'prc-guarantee-lapsed-general', lapsed: '2024-09-18' }],
  },
  {
    id: 'gu-general-debtor-sued',
    article: '民法典 第694条 第1款',
    asOf: '2024-10-01',
    case: { debtors: general, claims: principal, events: [{ date: '2024-08-01', kind: 'suit-filed', party: 0 }] },
    parties: [
      { expiresOn: null, rule: 'prc-suit' },
      { expiresOn: null, rule: 'prc-guarantee-sued' },
    ],
  },
  {
    id: 'gu-default-general',
    article: '民法典 第686条 第2款',
    asOf: '2024-08-01',
    case: { debtors: debtorAndGuarantor(), claims: principal },
    parties: [debtor, { expiresOn: '2024-09-18', rule: 'prc-guarantee-sue-by' }],
  },
  // Twelve months agreed: 2025-03-15 is a Saturday → Monday 03-17.
  {
    id: 'gu-agreed-months',
    article: '民法典 第692条 第2款',
    asOf: '2024-08-01',
    case: { debtors: debtorAndGuarantor({ kind: 'joint', months: 12 }), claims: principal },
    parties: [debtor, { expiresOn: '2025-03-17', rule: 'prc-guarantee-demand-by' }],
  },
  {
    id: 'gu-signature-after-lapse',
    article: '担保制度解释 第34条 第2款',
    asOf: '2024-12-01',
    case: {
      debtors: joint,
      claims: principal,
      events: [{ ...toGuarantor('2024-11-01', 'acknowledged'), agreesToPerform: true }],
    },
    parties: [debtor, { expiresOn: '2024-09-18', rule: 'prc-guarantee-lapsed-joint', lapsed: '2024-09-18' }],
  },
  // Due 2020-03-16: period to 2020-09-16; guarantor asked 2020-06-01 (own 2023-06-01); principal ends 2023-03-16.
  // The debtor's own revival on 2023-04-10 (→ 2026-04-10) does not take the guarantor's defence away (第701条).
  {
    id: 'gu-debtor-waiver-not-guarantor',
    article: '民法典 第701条',
    asOf: '2023-05-01',
    case: {
      debtors: joint,
      claims: [claim('c1', '2020-03-16')],
      events: [toGuarantor('2020-06-01'), { date: '2023-04-10', kind: 'acknowledged', party: 0, agreesToPerform: true }],
    },
    parties: [
      { expiresOn: '2026-04-10', rule: 'prc-revived' },
      { expiresOn: '2023-03-16', rule: 'prc-guarantor-principal', expired: true },
    ],
  },
];

// A joint 最高额保证 over the debts arising 2024-01-01..2024-06-30, ceiling 100,000.00, no agreed start (担保制度解释 第30条 第2款).
const maximum = (to = '2024-06-30', from = '2024-01-01') =>
  debtorAndGuarantor({ kind: 'joint', type: 'maximum-amount', period: { from, to }, maxAmount: '100000.00' });

/** A 最高额保证's guarantee period and the debts it covers (民法典 第690条; 担保制度解释 第30条). */
export const maximumGuaranteeCases: LegalCase[] = [
  // Both debts due by 2024-06-30, the day the debts are fixed: six months from then, 2024-12-30 (a Monday), for both;
  // an ordinary guarantee would have ended 2024-09-18 for c1.
  {
    id: 'gu-maximum-from-debts-fixed',
    article: '担保制度解释 第30条 第2款',
    asOf: '2024-08-01',
    case: { debtors: maximum(), claims: [claim('c1', '2024-03-15'), claim('c2', '2024-05-20')] },
    parties: [
      { expiresOn: '2027-03-15' },
      { expiresOn: '2024-12-30', rule: 'prc-guarantee-demand-by', claims: { c1: '2024-12-30', c2: '2024-12-30' } },
    ],
  },
  // c2 arose 2024-06-10, within the period, but falls due 2024-08-20, after it: six months from that last due date,
  // 2025-02-20 (a Thursday).
  {
    id: 'gu-maximum-from-last-due',
    article: '担保制度解释 第30条 第2款',
    asOf: '2024-08-01',
    case: {
      debtors: maximum(),
      claims: [claim('c1', '2024-03-15'), claim('c2', '2024-08-20', '1000.00', { arisenOn: '2024-06-10' })],
    },
    parties: [
      { expiresOn: '2027-03-15' },
      { expiresOn: '2025-02-20', rule: 'prc-guarantee-demand-by', claims: { c1: '2025-02-20', c2: '2025-02-20' } },
    ],
  },
  // The period ends 2024-03-31: c2 (due 2024-05-20) arose outside it and is no debt of the guarantor's; c1's guarantee
  // period runs six months from 2024-03-31, to 2024-09-30 (a Monday, a working day before 国庆).
  {
    id: 'gu-maximum-debt-outside-period',
    article: '民法典 第690条; 担保制度解释 第30条 第2款',
    asOf: '2024-08-01',
    case: { debtors: maximum('2024-03-31'), claims: [claim('c1', '2024-03-15'), claim('c2', '2024-05-20')] },
    parties: [{ expiresOn: '2027-03-15' }, { expiresOn: '2024-09-30', claims: { c1: '2024-09-30' } }],
  },
  // No debt of the case arose in 2023: the guarantor answers for none, and has no date.
  {
    id: 'gu-maximum-none-in-period',
    article: '民法典 第690条',
    asOf: '2024-08-01',
    case: { debtors: maximum('2023-12-31', '2023-01-01'), claims: principal },
    parties: [debtor, { expiresOn: null, rule: 'prc-maximum-none-guaranteed', claims: {} }],
  },
];
