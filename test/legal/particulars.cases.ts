import type { CaseFileInput } from '../../core/case/schema.js';
import type { IsoDate } from '../../core/dates/calendar-date.js';
import { claim, english } from './legal-case.js';

/** Particulars of claim for a small English case, with every figure worked by hand (amounts in pounds). */
export interface ParticularsCase {
  id: string;
  article: string;
  /** The date of issue: interest is worked to it and the fee table in force on it is used. */
  asOf: IsoDate;
  case: Partial<CaseFileInput>;
  interest: string;
  fixedSum: string;
  total: string;
  dailyRate: string;
  issueFee: string;
  /** Texts the particulars must contain. */
  states: string[];
}

export const particularsCases: ParticularsCase[] = [
  // Interest from 2025-04-01: reference rate on 2024-12-31 is 4.75 %, so 12.75 %. 2025-04-01..09-30 = 183 days:
  // 12,000 × 12.75 % × 183 / 365 = 767.0958… → 767.10; fixed sum £100 (s.5A, £10,000 or more);
  // daily 12,000 × 12.75 % / 365 = 4.1918 → 4.19; fee 5 % of 12,867.10 = 643.355 → 643.35 (rounded down).
  {
    id: 'poc-late-payment-act',
    article: 'Late Payment of Commercial Debts (Interest) Act 1998 ss.1, 4, 5A; CPR 16.4(2); CPFO 2008 Sch.1 fee 1.1(h)',
    asOf: '2025-09-30',
    case: english({ claims: [claim('inv1', '2025-03-31', '12000.00')], lateCharge: { kind: 'uk-statutory' } }),
    interest: '767.10',
    fixedSum: '100.00',
    total: '12867.10',
    dailyRate: '4.19',
    issueFee: '643.35',
    states: ['Late Payment of Commercial Debts (Interest) Act 1998', '12.75% a year', 'section 5A'],
  },
  // No agreed rate: s.69 at 8 % simple. 2025-01-16..07-15 = 181 days: 4,000 × 8 % × 181 / 365 = 158.6849… → 158.68;
  // daily 4,000 × 8 % / 365 = 0.8767 → 0.88; £4,158.68 is in the £3,000.01–£5,000 band: £205.
  {
    id: 'poc-county-courts-act-s69',
    article: 'County Courts Act 1984 s.69; CPR 16.4(2); CPFO 2008 Sch.1 fee 1.1(f)',
    asOf: '2025-07-15',
    case: english({
      debtors: [{ name: 'Dan Okafor', kind: 'person', role: 'debtor' }],
      claims: [claim('inv1', '2025-01-15', '4000.00')],
    }),
    interest: '158.68',
    fixedSum: '0.00',
    total: '4158.68',
    dailyRate: '0.88',
    issueFee: '205.00',
    states: ['section 69 of the County Courts Act 1984 at 8% a year, simple', '£4,000.00 at 8% a year, divided by 365'],
  },
  // A part payment named for inv1 on 2025-03-01 (£600 of £1,000); inv2 £500 unpaid. s.69 at 8 %:
  // inv1 1,000 × 8 % × 28 days (02-02..03-01) / 365 = 6.1370 → 6.14, paid first (interest before principal), so
  // 593.86 of principal is paid and 406.14 stays; then 406.14 × 8 % × 91 days (03-02..05-31) / 365 = 8.1005 → 8.10;
  // inv2 500 × 8 % × 120 days (02-01..05-31) / 365 = 13.1507 → 13.15. Interest owed 21.25; total 906.14 + 21.25 = 927.39.
  // Daily: 406.14 × 8 % / 365 = 0.0890 → 0.09; 500 × 8 % / 365 = 0.1096 → 0.11; stated 0.20. Fee: up to £1,000, £70.
  {
    id: 'poc-s69-part-payment',
    article: 'County Courts Act 1984 s.69; CPR 16.4(2); CPFO 2008 Sch.1 fee 1.1(c)',
    asOf: '2025-05-31',
    case: english({
      claims: [claim('inv1', '2025-02-01', '1000.00'), claim('inv2', '2025-01-31', '500.00')],
      payments: [{ date: '2025-03-01', amount: '600.00', claim: 'inv1' }],
    }),
    interest: '21.25',
    fixedSum: '0.00',
    total: '927.39',
    dailyRate: '0.20',
    issueFee: '70.00',
    states: ['£0.09 on £406.14 outstanding under inv1', '£0.11 on £500.00 outstanding under inv2', '£6.14 to interest'],
  },
  // The same s.69 claim as poc-county-courts-act-s69, headed with the hearing centre the claimant named; the
  // figures do not change with the court.
  {
    id: 'poc-named-hearing-centre',
    article: 'CPR PD 7A paras 2.4A, 4A.1; County Courts Act 1984 s.69; CPFO 2008 Sch.1 fee 1.1(f)',
    asOf: '2025-07-15',
    case: english({
      debtors: [{ name: 'Dan Okafor', kind: 'person', role: 'debtor' }],
      claims: [claim('inv1', '2025-01-15', '4000.00')],
      filing: { court: 'Bristol' },
    }),
    interest: '158.68',
    fixedSum: '0.00',
    total: '4158.68',
    dailyRate: '0.88',
    issueFee: '205.00',
    states: ['IN THE COUNTY COURT AT Bristol'],
  },
];
