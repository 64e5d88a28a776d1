import { describe, expect, it } from 'vitest';
import type { CaseFileInput } from '../case/schema.js';
import { makeCase } from '../calc/case-fixture.js';
import { explainCase } from '../calc/calculate-case.js';

const limitationAt = (data: ReturnType<typeof makeCase>, asOf: string) => explainCase(data, asOf).limitation;
import { englishService } from './service.js';
import { deemedServedByPost } from '../dates/uk-calendar.js';

const english = (fields: Partial<CaseFileInput>) =>
  makeCase({
    locale: 'en-GB',
    currency: 'GBP',
    debtors: [{ name: 'Debtor Ltd', kind: 'company', role: 'debtor' }],
    claims: [{ id: 'inv1', description: 'invoice', amount: '1000.00', dueDate: '2020-03-31' }],
    ...fields,
  });

describe('England and Wales', () => {
  it.each([
    // Accrued 2020-04-01, six years → 2026-04-01.
    ['no acts', {}, '2026-04-01', 's.5'],
    ['a part payment restarts', { payments: [{ date: '2021-05-10', amount: '10.00' }] }, '2027-05-10', 's.29(5)'],
    ['an acknowledgment restarts', { events: [{ date: '2022-01-04', kind: 'acknowledged' }] }, '2028-01-04', 'acknowledgment'],
    ['a demand does not', { events: [{ date: '2022-01-04', kind: 'demand-delivered' }] }, '2026-04-01', 's.5'],
    // s.30: only a written, signed acknowledgment counts; a logged promise (often by phone) is not one.
    ['a logged promise to pay does not', { events: [{ date: '2022-01-04', kind: 'promise-to-pay' }] }, '2026-04-01', 's.5'],
    [
      'an acknowledgment after expiry does not revive',
      { events: [{ date: '2026-05-01', kind: 'acknowledged' }] },
      '2026-04-01',
      's.5',
    ],
  ] as const)('limitation: %s', (_name, fields, expiresOn, basis) => {
    const entry = limitationAt(english(fields as Partial<CaseFileInput>), '2025-01-01')[0]!;
    expect(entry.expiresOn).toBe(expiresOn);
    expect(entry.basis).toContain(basis);
  });

  it.each([
    ['2024-06-03', '2024-06-05', 'Monday → Wednesday'],
    ['2024-12-20', '2024-12-23', 'Friday → Sunday → Monday'],
    ['2024-03-28', '2024-04-02', 'Thursday → Saturday → Easter Monday → Tuesday'],
    ['2024-12-23', '2024-12-27', 'Monday → Christmas Day, Boxing Day → Friday'],
  ])('CPR 6.26: posted %s, deemed served %s (%s)', (posted, served) => {
    expect(deemedServedByPost(posted)).toBe(served);
  });

  it('reports service and the 30-day reply period for each letter', () => {
    const mailings = [
      {
        id: 'loc',
        document: 'letter-of-claim',
        carrier: 'Royal Mail',
        trackingNo: 'RM1',
        sentOn: '2024-03-28',
        to: 0,
        address: 'London',
        status: 'in-transit' as const,
      },
    ];
    expect(englishService(english({ mailings }))).toEqual([
      { mailing: 'loc', party: 0, sentOn: '2024-03-28', deemedServed: '2024-04-02', replyBy: '2024-04-27' },
    ]);
  });
});
