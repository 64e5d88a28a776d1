import { english, type LegalCase } from './legal-case.js';

// Invoice inv1 due 2020-03-31: the cause of action accrues 2020-04-01; six years end 2026-04-01.
/** England and Wales (Limitation Act 1980 ss.5, 29, 30). */
export const englishCases: LegalCase[] = [
  {
    id: 'en-six-years',
    article: 'Limitation Act 1980 s.5',
    asOf: '2025-01-01',
    case: english({}),
    parties: [{ expiresOn: '2026-04-01', rule: 'en-six-years' }],
  },
  {
    id: 'en-part-payment',
    article: 'Limitation Act 1980 s.29(5)',
    asOf: '2025-01-01',
    case: english({ payments: [{ date: '2021-05-10', amount: '10.00' }] }),
    parties: [{ expiresOn: '2027-05-10', rule: 'en-accrued-afresh' }],
  },
  {
    id: 'en-acknowledgment',
    article: 'Limitation Act 1980 s.29(5), s.30',
    asOf: '2025-01-01',
    case: english({ events: [{ date: '2022-01-04', kind: 'acknowledged' }] }),
    parties: [{ expiresOn: '2028-01-04', rule: 'en-accrued-afresh' }],
  },
  {
    id: 'en-demand-does-not',
    article: 'Limitation Act 1980 s.5',
    asOf: '2025-01-01',
    case: english({ events: [{ date: '2022-01-04', kind: 'demand-delivered' }] }),
    parties: [{ expiresOn: '2026-04-01', rule: 'en-six-years' }],
  },
  {
    id: 'en-oral-promise-does-not',
    article: 'Limitation Act 1980 s.30',
    asOf: '2025-01-01',
    case: english({ events: [{ date: '2022-01-04', kind: 'promise-to-pay' }] }),
    parties: [{ expiresOn: '2026-04-01', rule: 'en-six-years' }],
  },
  {
    id: 'en-no-revival-after-expiry',
    article: 'Limitation Act 1980 s.29(7)',
    asOf: '2026-06-01',
    case: english({ events: [{ date: '2026-05-01', kind: 'acknowledged' }] }),
    parties: [{ expiresOn: '2026-04-01', rule: 'en-six-years' }],
  },
  {
    id: 'en-claim-issued',
    article: 'Limitation Act 1980 s.5',
    asOf: '2025-01-01',
    case: english({ events: [{ date: '2023-01-09', kind: 'suit-filed' }] }),
    parties: [{ expiresOn: null, rule: 'en-claim-issued' }],
  },
];
