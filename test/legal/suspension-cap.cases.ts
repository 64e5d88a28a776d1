import { claim, type LegalCase } from './legal-case.js';

// Claim c1 due 2021-03-15: three years end 2024-03-15; its last six months begin after 2023-09-15.
const base = { claims: [claim('c1', '2021-03-15')] };
const suspension = (date: string, endsOn?: string) => ({
  ...base,
  events: [{ date, kind: 'suspension' as const, cause: 'force-majeure' as const, ...(endsOn && { endsOn }) }],
});
// Due 2004-01-10; an acknowledgment every two years keeps it alive until 2022-06-01 would give 2025-06-03.
const acknowledgments = [
  '2006-01-10',
  '2008-01-10',
  '2010-01-10',
  '2012-01-10',
  '2014-01-10',
  '2016-01-10',
  '2018-01-10',
  '2020-01-10',
  '2022-06-01',
];

/** Suspension in the last six months (民法典 第194条) and the twenty-year limit (第188条 第2款). */
export const suspensionCapCases: LegalCase[] = [
  // Obstacle 2024-01-20..02-05: six months from its end → 2024-08-05, a Monday.
  {
    id: 'susp-in-last-six-months',
    article: '民法典 第194条 第2款',
    asOf: '2024-03-01',
    case: suspension('2024-01-20', '2024-02-05'),
    parties: [{ expiresOn: '2024-08-05', rule: 'prc-suspended' }],
  },
  {
    id: 'susp-before-last-six-months',
    article: '民法典 第194条 第1款',
    asOf: '2024-03-01',
    case: suspension('2023-05-01', '2023-06-30'),
    parties: [{ expiresOn: '2024-03-15', rule: 'prc-three-years' }],
  },
  // Obstacle 2023-08-01..10-20 reaches into the last six months: 2024-04-20 (Saturday) → 04-22, a Monday.
  {
    id: 'susp-reaching-into-last-six-months',
    article: '民法典 第194条',
    asOf: '2024-03-01',
    case: suspension('2023-08-01', '2023-10-20'),
    parties: [{ expiresOn: '2024-04-22', rule: 'prc-suspended' }],
  },
  {
    id: 'susp-ongoing',
    article: '民法典 第194条',
    asOf: '2024-03-01',
    case: suspension('2024-01-20'),
    parties: [{ expiresOn: null, rule: 'prc-suspended' }],
  },
  // The end recorded is after the as-of date: on 2024-02-01 the obstacle still stands.
  {
    id: 'susp-ends-after-as-of',
    article: '民法典 第194条',
    asOf: '2024-02-01',
    case: suspension('2024-01-20', '2024-02-05'),
    parties: [{ expiresOn: null, rule: 'prc-suspended' }],
  },
  // 2004-01-10 + 20 years = 2024-01-10, a Wednesday.
  {
    id: 'cap-twenty-years',
    article: '民法典 第188条 第2款',
    asOf: '2023-01-01',
    case: {
      claims: [claim('c1', '2004-01-10')],
      events: acknowledgments.map((date) => ({ date, kind: 'acknowledged' as const })),
    },
    parties: [{ expiresOn: '2024-01-10', rule: 'prc-twenty-years' }],
  },
  // Without the last acknowledgment the 2020-01-10 one ends 2023-01-10 (a Tuesday), inside the cap.
  {
    id: 'cap-not-reached',
    article: '民法典 第195条',
    asOf: '2022-01-01',
    case: {
      claims: [claim('c1', '2004-01-10')],
      events: acknowledgments.slice(0, -1).map((date) => ({ date, kind: 'acknowledged' as const })),
    },
    parties: [{ expiresOn: '2023-01-10', rule: 'prc-interrupted' }],
  },
];
