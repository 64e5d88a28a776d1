import { claim, english, type LegalCase } from './legal-case.js';

// Invoice B due 2022-06-10 (three years: 2025-06-10, a Tuesday); invoice A due 2023-02-01 (2026-02-01, a Sunday
// → Monday 02-02). An act on 2023-03-01 gives 2026-03-01, a Sunday → Monday 03-02.
const invoices = [claim('B', '2022-06-10', '2000.00'), claim('A', '2023-02-01', '3000.00')];
const grouped = invoices.map((c) => ({ ...c, debtGroup: 'account' }));
const instalments = [
  claim('i1', '2021-01-10', '500.00', { instalmentOf: 'loan' }),
  claim('i2', '2021-06-10', '500.00', { instalmentOf: 'loan' }),
];

/** Each claim is its own debt unless grouped (诉讼时效规定 第9、14条; 民法典 第189条). */
export const perDebtCases: LegalCase[] = [
  {
    id: 'debt-payment-on-one-invoice',
    article: '诉讼时效规定 第14条',
    asOf: '2024-01-01',
    case: { claims: invoices, payments: [{ date: '2023-03-01', amount: '1000.00', claim: 'A' }] },
    parties: [{ expiresOn: '2025-06-10', rule: 'prc-three-years', claims: { B: '2025-06-10', A: '2026-03-02' } }],
  },
  {
    id: 'debt-group-payment-reaches-all',
    article: '诉讼时效规定 第9条',
    asOf: '2024-01-01',
    case: { claims: grouped, payments: [{ date: '2023-03-01', amount: '1000.00', claim: 'A' }] },
    parties: [{ expiresOn: '2026-03-02', claims: { B: '2026-03-02', A: '2026-03-02' } }],
  },
  // No designation: the matured, earliest-due debt B takes the payment (民法典 第560条 第2款).
  {
    id: 'debt-unnamed-payment-to-oldest',
    article: '民法典 第560条; 诉讼时效规定 第14条',
    asOf: '2024-01-01',
    case: { claims: invoices, payments: [{ date: '2023-03-01', amount: '1000.00' }] },
    parties: [{ expiresOn: '2026-02-02', rule: 'prc-three-years', claims: { B: '2026-03-02', A: '2026-02-02' } }],
  },
  // B (2,000) is paid off; 500 goes to A, which alone remains.
  {
    id: 'debt-payment-spills-over',
    article: '诉讼时效规定 第14条',
    asOf: '2024-01-01',
    case: { claims: invoices, payments: [{ date: '2023-03-01', amount: '2500.00' }] },
    parties: [{ expiresOn: '2026-03-02', rule: 'prc-interrupted', claims: { A: '2026-03-02' } }],
  },
  {
    id: 'debt-demand-on-one-claim',
    article: '诉讼时效规定 第9条',
    asOf: '2024-01-01',
    case: { claims: invoices, events: [{ date: '2023-03-01', kind: 'demand-delivered', claim: 'A' }] },
    parties: [{ expiresOn: '2025-06-10', claims: { B: '2025-06-10', A: '2026-03-02' } }],
  },
  {
    id: 'debt-group-demand-on-part',
    article: '诉讼时效规定 第9条',
    asOf: '2024-01-01',
    case: { claims: grouped, events: [{ date: '2023-03-01', kind: 'demand-delivered', claim: 'A' }] },
    parties: [{ expiresOn: '2026-03-02', claims: { B: '2026-03-02', A: '2026-03-02' } }],
  },
  {
    id: 'debt-demand-on-every-claim',
    article: '民法典 第195条 第1项',
    asOf: '2024-01-01',
    case: { claims: invoices, events: [{ date: '2023-03-01', kind: 'demand-delivered' }] },
    parties: [{ expiresOn: '2026-03-02', claims: { B: '2026-03-02', A: '2026-03-02' } }],
  },
  // Last instalment due 2021-06-10 → 2024-06-10, 端午 → 06-11.
  {
    id: 'debt-instalments-from-last',
    article: '民法典 第189条',
    asOf: '2021-07-01',
    case: { claims: instalments },
    parties: [{ expiresOn: '2024-06-11', claims: { i1: '2024-06-11', i2: '2024-06-11' } }],
  },
  // A payment on the first instalment interrupts the whole debt: 2022-01-05 → 2025-01-05, a Sunday → 01-06.
  {
    id: 'debt-instalments-one-debt',
    article: '民法典 第189条; 诉讼时效规定 第9条',
    asOf: '2022-06-01',
    case: { claims: instalments, payments: [{ date: '2022-01-05', amount: '100.00', claim: 'i1' }] },
    parties: [{ expiresOn: '2025-01-06', rule: 'prc-interrupted', claims: { i1: '2025-01-06', i2: '2025-01-06' } }],
  },
  // c1 paid in full drops out; c2 due 2021-10-01 → 2024-10-01 in 国庆 → 10-08.
  {
    id: 'debt-settled-claim-left-out',
    article: '民法典 第188条',
    asOf: '2022-01-01',
    case: {
      claims: [claim('c1', '2021-03-15'), claim('c2', '2021-10-01', '1.00')],
      payments: [{ date: '2021-04-01', amount: '1000.00', claim: 'c1' }],
    },
    parties: [{ expiresOn: '2024-10-08', claims: { c2: '2024-10-08' } }],
  },
  // inv1 part-paid 2021-05-10 → 2027-05-10; inv2 accrued 2020-07-01 → 2026-07-01.
  {
    id: 'debt-en-payment-in-respect-of-one-debt',
    article: 'Limitation Act 1980 s.29(5)',
    asOf: '2025-01-01',
    case: english({
      claims: [claim('inv1', '2020-03-31'), claim('inv2', '2020-06-30', '500.00')],
      payments: [{ date: '2021-05-10', amount: '10.00', claim: 'inv1' }],
    }),
    parties: [{ expiresOn: '2026-07-01', rule: 'en-six-years', claims: { inv1: '2027-05-10', inv2: '2026-07-01' } }],
  },
];
