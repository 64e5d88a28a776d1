import type { IsoDate } from '../../core/dates/calendar-date.js';

/** Where a case stands on the desk on `asOf`: its group, next step and its day, and its deadlines; dates by hand. */
export interface DeskStepCase {
  id: string;
  article: string;
  asOf: IsoDate;
  /** Fields over a one-debtor, one-claim zh-CN case (makeCase), checked by the schema when the case is made. */
  case: Record<string, unknown>;
  expect: {
    group: string;
    stage: string | null;
    nextStep: string | null;
    nextDueOn: IsoDate | null;
    due: boolean;
    daysOverdue: number | null;
    /** Every deadline the desk lists, soonest first (before the window filters them). */
    deadlines?: { kind: string; rule: string; expiresOn: IsoDate; daysLeft: number }[];
    /** The last day the next step can be taken, where the law sets one (申请执行期间, 第250条). */
    dueBy?: { date: IsoDate; daysLeft: number } | null;
    /** What the desk and the cases list show as owed, and under what. */
    owed?: { owedUnder: 'contract' | 'judgment'; outstanding: string; total: string };
  };
}

const person = { debtors: [{ name: '张三', kind: 'person', role: 'debtor' }] } as const;
const court = { caseType: 'credit-card', court: '上海市浦东新区人民法院', courtBasis: 'defendant-domicile' } as const;
const judgment = (fields: Record<string, unknown>) => ({
  filing: {
    ...court,
    judgment: { kind: 'judgment', court: '上海市浦东新区人民法院', caseNumber: '（2025）沪0115民初100号', ...fields },
  },
});
const sole = {
  locale: 'en-GB',
  currency: 'GBP',
  debtors: [{ name: 'Dan Okafor t/a Okafor Builders', kind: 'person', role: 'debtor' }],
} as const;
const lawyerLetter = { events: [{ date: '2025-03-01', kind: 'demand-sent', step: 'lawyer-letter' }] } as const;

export const deskStepCases: DeskStepCase[] = [
  // Applying for enforcement is open from the day after the performance period until its last day, not late in
  // between: 2025-03-12 → 2025-04-10 is within 第250条's two years, and the desk says so rather than "29 days overdue".
  // Past the last day (2027-03-11), the step is late by the days since: 2027-03-11 → 2027-03-21 is 10.
  {
    id: 'enforcement-late-only-after-its-last-day',
    article: '民事诉讼法 第250条',
    asOf: '2027-03-21',
    case: { ...person, ...judgment({ effectiveOn: '2025-03-01', performanceLastDay: '2025-03-11', amount: '1000.00' }) },
    expect: {
      group: 'enforcement',
      stage: 'judgment-in-force',
      nextStep: 'enforcement',
      nextDueOn: '2025-03-12',
      due: true,
      daysOverdue: 10,
      dueBy: { date: '2027-03-11', daysLeft: -10 },
    },
  },
  // Owed under the judgment, not the contract (民事诉讼法 第264条; 迟延履行利息解释 第1–4条): 123,456.78 awarded,
  // performance period to 2025-03-11, 50,000.00 paid 2025-03-31 (to the money debt first, 第4条), costs 2,300.00.
  // Doubled interest at 1.75‱ a day: 12,345,678 cents × 20 days (03-12 → 03-31) + 7,345,678 × 10 days
  // (04-01 → 04-10) = 56,064.8095 cents → 560.65; unpaid 73,456.78; owed 73,456.78 + 560.65 + 2,300.00 = 76,317.43.
  // The contract's own figure (one claim of 1,000.00) is not what the desk shows.
  {
    id: 'judgment-in-force-owed-under-the-judgment',
    article: '民事诉讼法 第264条; 迟延履行利息解释 第1–4条',
    asOf: '2025-04-10',
    case: {
      ...person,
      ...judgment({
        effectiveOn: '2025-03-01',
        performanceLastDay: '2025-03-11',
        amount: '123456.78',
        costs: '2300.00',
        payments: [{ date: '2025-03-31', amount: '50000.00' }],
      }),
    },
    expect: {
      group: 'enforcement',
      stage: 'judgment-in-force',
      nextStep: 'enforcement',
      nextDueOn: '2025-03-12',
      due: true,
      daysOverdue: null,
      dueBy: { date: '2027-03-11', daysLeft: 700 },
      owed: { owedUnder: 'judgment', outstanding: '73456.78', total: '76317.43' },
    },
  },
  // Card-debt ladder: suit 20 days after the 律师函 (2025-03-01 + 20 = 2025-03-21); not due the day before.
  {
    id: 'suit-not-yet-due',
    article: 'docs/ladder.md (the firm’s practice)',
    asOf: '2025-03-20',
    case: { ...person, ...lawyerLetter },
    expect: { group: 'suit', stage: 'lawyer-letter', nextStep: 'suit', nextDueOn: '2025-03-21', due: false, daysOverdue: null },
  },
  {
    id: 'suit-due-once-lawyer-letter-deadline-passed',
    article: 'docs/ladder.md (the firm’s practice)',
    asOf: '2025-04-01',
    case: { ...person, ...lawyerLetter },
    expect: { group: 'suit', stage: 'lawyer-letter', nextStep: 'suit', nextDueOn: '2025-03-21', due: true, daysOverdue: 11 },
  },
  // Property fees: the 催收函 mailed 2025-05-01 gives a reasonable period; suit 30 days on, 2025-05-31 (民法典 第944条 第2款).
  {
    id: 'property-fee-suit-after-reasonable-period',
    article: '民法典 第944条 第2款',
    asOf: '2025-06-02',
    case: {
      ...person,
      contract: { title: '物业服务合同' },
      claims: [{ id: 'c1', description: '2024年度物业费', amount: '3600.00', dueDate: '2024-12-31' }],
      events: [{ date: '2025-05-01', kind: 'demand-sent', step: 'demand-letter' }],
    },
    expect: { group: 'suit', stage: 'demand-letter', nextStep: 'suit', nextDueOn: '2025-05-31', due: true, daysOverdue: 2 },
  },
  // Judgment in force, period ending 2025-03-11, unpaid: enforcement from 2025-03-12; apply by 2025-03-11 + 2 years =
  // 2027-03-11, a Thursday (第250条); 2025-04-10 → 2027-03-11 is 700 days.
  {
    id: 'judgment-not-performed-goes-to-enforcement',
    article: '民事诉讼法 第247条、第250条',
    asOf: '2025-04-10',
    case: {
      ...person,
      ...lawyerLetter,
      ...judgment({ effectiveOn: '2025-03-01', performanceLastDay: '2025-03-11', amount: '100000.00' }),
    },
    expect: {
      group: 'enforcement',
      stage: 'judgment-in-force',
      nextStep: 'enforcement',
      nextDueOn: '2025-03-12',
      due: true,
      daysOverdue: null,
      dueBy: { date: '2027-03-11', daysLeft: 700 },
      deadlines: [{ kind: 'enforcement', rule: 'enforcement-two-years', expiresOn: '2027-03-11', daysLeft: 700 }],
    },
  },
  // No performance period: counted from the effective day 2025-06-01; 2027-06-01 is a Tuesday (第250条 第2款).
  {
    id: 'mediation-without-period-counts-from-effect',
    article: '民事诉讼法 第250条 第2款',
    asOf: '2025-06-11',
    case: { ...person, ...judgment({ kind: 'mediation', effectiveOn: '2025-06-01', amount: '20000.00' }) },
    expect: {
      group: 'enforcement',
      stage: 'judgment-in-force',
      nextStep: 'enforcement',
      nextDueOn: '2025-06-02',
      due: true,
      daysOverdue: null,
      dueBy: { date: '2027-06-01', daysLeft: 720 },
      deadlines: [{ kind: 'enforcement', rule: 'enforcement-two-years', expiresOn: '2027-06-01', daysLeft: 720 }],
    },
  },
  // Last day of performance 2025-03-13: 2027-03-13 is a Saturday, so the last day moves to Monday 2027-03-15 (民法典 第203条).
  {
    id: 'enforcement-deadline-on-a-rest-day-moves',
    article: '民事诉讼法 第250条; 民法典 第203条',
    asOf: '2025-03-14',
    case: { ...person, ...judgment({ effectiveOn: '2025-03-01', performanceLastDay: '2025-03-13', amount: '5000.00' }) },
    expect: {
      group: 'enforcement',
      stage: 'judgment-in-force',
      nextStep: 'enforcement',
      nextDueOn: '2025-03-14',
      due: true,
      daysOverdue: null,
      dueBy: { date: '2027-03-15', daysLeft: 731 },
      deadlines: [{ kind: 'enforcement', rule: 'enforcement-two-years', expiresOn: '2027-03-15', daysLeft: 731 }],
    },
  },
  // Performed in full (in time), costs and all: nothing is owed, so no step is next — not a suit on a decided debt.
  {
    id: 'judgment-performed-is-not-enforced',
    article: '民事诉讼法 第247条',
    asOf: '2025-04-10',
    case: {
      ...person,
      ...lawyerLetter,
      ...judgment({
        effectiveOn: '2025-03-01',
        performanceLastDay: '2025-03-11',
        amount: '100000.00',
        payments: [{ date: '2025-03-10', amount: '100000.00' }],
      }),
    },
    expect: { group: 'settled', stage: 'lawyer-letter', nextStep: null, nextDueOn: null, due: false, daysOverdue: null },
  },
  // The sum paid in time but the costs the judgment orders the debtor to bear still unpaid: those are enforced too
  // (民事诉讼法 第247条), open from the day after the performance period, by 2027-03-11 (第250条: two years from
  // its last day, 2025-03-11, a Thursday).
  {
    id: 'judgment-costs-unpaid-are-enforced',
    article: '民事诉讼法 第247、250条',
    asOf: '2025-04-10',
    case: {
      ...person,
      ...lawyerLetter,
      ...judgment({
        effectiveOn: '2025-03-01',
        performanceLastDay: '2025-03-11',
        amount: '100000.00',
        costs: '2300.00',
        payments: [{ date: '2025-03-10', amount: '100000.00' }],
      }),
    },
    expect: {
      group: 'enforcement',
      stage: 'judgment-in-force',
      nextStep: 'enforcement',
      nextDueOn: '2025-03-12',
      due: true,
      daysOverdue: null,
      dueBy: { date: '2027-03-11', daysLeft: 700 },
      owed: { owedUnder: 'judgment', outstanding: '0.00', total: '2300.00' },
    },
  },
  // A judgment that takes effect only after the as-of day is not yet a basis for enforcement (第247条).
  {
    id: 'judgment-not-yet-in-force',
    article: '民事诉讼法 第247条',
    asOf: '2025-02-20',
    case: { ...person, ...lawyerLetter, ...judgment({ effectiveOn: '2025-03-01', amount: '100000.00' }) },
    expect: { group: 'suit', stage: 'lawyer-letter', nextStep: 'suit', nextDueOn: '2025-03-21', due: false, daysOverdue: null },
  },
  // English law: the Letter before claim posted (and dated) 2026-10-01 gives 30 days to pay or reply; the claim
  // falls due 2026-10-31, not before.
  {
    id: 'en-gb-claim-after-debt-protocol-30-days',
    article: 'Pre-Action Protocol for Debt Claims, para 4 and Annex 1',
    asOf: '2026-10-30',
    case: { ...sole, events: [{ date: '2026-10-01', kind: 'demand-sent', step: 'letter-before-claim' }] },
    expect: {
      group: 'suit',
      stage: 'letter-before-claim',
      nextStep: 'suit',
      nextDueOn: '2026-10-31',
      due: false,
      daysOverdue: null,
    },
  },
  {
    id: 'en-gb-claim-due-once-30-days-passed',
    article: 'Pre-Action Protocol for Debt Claims, para 4 and Annex 1',
    asOf: '2026-11-02',
    case: { ...sole, events: [{ date: '2026-10-01', kind: 'demand-sent', step: 'letter-before-claim' }] },
    expect: {
      group: 'suit',
      stage: 'letter-before-claim',
      nextStep: 'suit',
      nextDueOn: '2026-10-31',
      due: true,
      daysOverdue: 2,
    },
  },
  // US: validation notice mailed Wednesday 2025-03-05, assumed received 5 weekdays later (2025-03-12), validation
  // period ends 30 days after that: suit due 2025-04-11.
  {
    id: 'en-us-suit-after-validation-period',
    article: '12 CFR 1006.34(b)(5)',
    asOf: '2025-04-11',
    case: {
      locale: 'en-US',
      currency: 'USD',
      debtors: [{ name: 'Maria Rivera', kind: 'person', role: 'debtor' }],
      events: [{ date: '2025-03-05', kind: 'demand-sent', step: 'validation-notice' }],
    },
    expect: { group: 'suit', stage: 'validation-notice', nextStep: 'suit', nextDueOn: '2025-04-11', due: true, daysOverdue: 0 },
  },
];
