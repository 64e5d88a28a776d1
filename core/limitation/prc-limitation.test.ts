import { describe, expect, it } from 'vitest';
import type { CaseFileInput } from '../case/schema.js';
import { emsDemand } from '../../test/legal/legal-case.js';
import { makeCase } from '../calc/case-fixture.js';
import { explainCase } from '../calc/calculate-case.js';
import { computeLimitation } from './limitation.js';

const limitationAt = (data: ReturnType<typeof makeCase>, asOf: string) => explainCase(data, asOf).limitation;

const debtors = [
  { name: '乙公司', kind: 'company', role: 'debtor' },
  { name: '丙公司', kind: 'company', role: 'debtor' },
] as const;
const claimDue = (dueDate: string) => [{ id: 'c1', description: '货款', amount: '1000.00', dueDate }];

function first(fields: Partial<CaseFileInput>, asOf = '2024-01-01') {
  return limitationAt(makeCase({ debtors: [...debtors], claims: claimDue('2021-03-15'), ...fields }), asOf)[0]!;
}

describe('limitation of a debtor (民法典 第188、195、201–203条)', () => {
  it.each([
    ['2021-03-15', '2024-03-15', 'a working day: three years to the corresponding day'],
    ['2021-03-16', '2024-03-18', 'Saturday 2024-03-16 → Monday'],
    ['2021-10-01', '2024-10-08', '国庆 2024-10-01..07 → Tuesday 10-08'],
    ['2021-02-10', '2024-02-18', '春节 2024-02-10..17 → Sunday 02-18, a 调休 working day'],
    ['2021-09-29', '2024-09-29', 'Sunday 2024-09-29 is a 调休 working day: no move'],
    ['2020-02-29', '2023-02-28', 'no 29 February in 2023: the month end (第202条)'],
  ])('due %s → expires %s (%s)', (due, expires) => {
    expect(limitationAt(makeCase({ claims: claimDue(due) }), '2020-01-01')[0]!.expiresOn).toBe(expires);
  });

  it('warns under 90 days: 2024-01-01 → 2024-03-15 is 31 + 29 + 14 = 74 days', () => {
    expect(first({})).toMatchObject({ expiresOn: '2024-03-15', daysLeft: 74, warning: true });
    expect(first({}, '2023-12-16')).toMatchObject({ daysLeft: 90, warning: false });
  });

  it.each([
    // 2022-06-01 + 3y = 2025-06-01, in 端午 (05-31..06-02) → Tuesday 06-03.
    [
      'a delivered demand',
      { events: [{ date: '2022-06-01', kind: 'demand-delivered' }] },
      '2025-06-03',
      'timeline entry 1 (demand delivered)',
    ],
    // 2026-05-10 is a Sunday (only 05-09 was made a working day) → Monday 05-11.
    ['an acknowledgment', { events: [{ date: '2023-05-10', kind: 'acknowledged', party: 0 }] }, '2026-05-11', 'acknowledged'],
    // 2026-05-10 is a Sunday → Monday 05-11.
    ['a promise to pay', { events: [{ date: '2023-05-10', kind: 'promise-to-pay' }] }, '2026-05-11', 'promised to pay'],
    // 2025-07-20 is a Sunday → 07-21.
    ['a payment in payments', { payments: [{ date: '2022-07-20', amount: '100.00' }] }, '2025-07-21', 'payment 1 (100.00)'],
    ['a payment event', { events: [{ date: '2022-07-20', kind: 'payment' }] }, '2025-07-21', 'paid in part'],
    // Mailings arrive 2022-08-10; 2025-08-10 is a Sunday → 08-11.
    ['a delivered letter', { mailings: [emsDemand('delivered')] }, '2025-08-11', 'mailing 1 ('],
    ['a refused letter', { mailings: [emsDemand('refused')] }, '2025-08-11', 'refused'],
    ['a letter returned from the agreed address', { mailings: [emsDemand('returned', true)] }, '2025-08-11', 'returned'],
    ['a letter returned from another address does not count', { mailings: [emsDemand('returned')] }, '2024-03-15', 'three years'],
    ['a demand only sent does not count', { events: [{ date: '2022-06-01', kind: 'demand-sent' }] }, '2024-03-15', 'three years'],
    [
      'an act of another debtor does not count',
      { events: [{ date: '2022-06-01', kind: 'acknowledged', party: 1 }] },
      '2024-03-15',
      'three years',
    ],
    [
      'a demand after expiry does not count',
      { events: [{ date: '2024-04-01', kind: 'demand-delivered' }] },
      '2024-03-15',
      'three years',
    ],
    // 2024-04-01 + 3y = 2027-04-01, a Thursday (no 2027 notice yet: weekends only).
    [
      'an acknowledgment after expiry agreeing to perform starts a new period',
      { events: [{ date: '2024-04-01', kind: 'acknowledged', agreesToPerform: true }] },
      '2027-04-01',
      'art. 192(2)',
    ],
    [
      'a promise to pay after expiry starts a new period',
      { events: [{ date: '2024-04-01', kind: 'promise-to-pay' }] },
      '2027-04-01',
      'SPC Limitation Provisions art. 19',
    ],
    [
      'a suit: no date until the proceedings end',
      { events: [{ date: '2022-01-05', kind: 'suit-filed' }] },
      null,
      'art. 195 item 3',
    ],
  ] as const)('%s', (_name, fields, expiresOn, basis) => {
    const entry = first(fields as unknown as Partial<CaseFileInput>, '2024-06-01');
    expect(entry.expiresOn).toBe(expiresOn);
    expect(entry.basis).toContain(basis);
  });

  it('says that a date resting on a promise needs its proof, and not when a later act set it', () => {
    const promise = { date: '2023-05-10', kind: 'promise-to-pay' } as const;
    expect(first({ events: [promise] }, '2024-06-01').notes.join()).toMatch(/keep the proof of it/);
    const demand = { date: '2023-08-01', kind: 'demand-delivered' } as const;
    expect(first({ events: [promise, demand] }, '2024-06-01').notes.join()).not.toMatch(/keep the proof/);
  });

  it('notes a year the holiday calendar does not cover', () => {
    const entry = first({ events: [{ date: '2024-04-01', kind: 'acknowledged', agreesToPerform: true }] }, '2024-06-01');
    expect(entry.notes.join()).toMatch(/no State Council notice for 2027/);
  });

  it('runs instalments from the last instalment’s due date (第189条)', () => {
    // Last instalment due 2021-06-10 → 2024-06-10, 端午 → 2024-06-11.
    const claims = [
      { id: 'i1', description: '第一期', amount: '500.00', dueDate: '2021-01-10', instalmentOf: 'loan' },
      { id: 'i2', description: '第二期', amount: '500.00', dueDate: '2021-06-10', instalmentOf: 'loan' },
    ];
    expect(limitationAt(makeCase({ claims }), '2021-07-01')[0]!.expiresOn).toBe('2024-06-11');
  });

  it('takes the earliest of several debts and skips settled ones', () => {
    const claims = [...claimDue('2021-03-15'), { id: 'c2', description: '货款', amount: '1.00', dueDate: '2021-10-01' }];
    expect(limitationAt(makeCase({ claims }), '2022-01-01')[0]!.expiresOn).toBe('2024-03-15');
    expect(
      computeLimitation(makeCase({ claims }), '2022-01-01', { applied: new Map(), settled: new Set(['c1']) })[0]!.expiresOn,
    ).toBe('2024-10-08');
  });
});

describe('as-of date', () => {
  it('leaves out acts after the as-of date', () => {
    const fields = { events: [{ date: '2022-06-01', kind: 'demand-delivered' as const }] };
    expect(first(fields, '2022-05-31').expiresOn).toBe('2024-03-15');
    expect(first(fields, '2022-06-01').expiresOn).toBe('2025-06-03');
  });
});

describe('limitation per debt (诉讼时效规定 第9、14条)', () => {
  const claims = [
    { id: 'B', description: '货款', amount: '2000.00', dueDate: '2022-06-10' },
    { id: 'A', description: '货款', amount: '3000.00', dueDate: '2023-02-01' },
  ];
  const payments = [{ date: '2023-03-01', amount: '1000.00', claim: 'A' }];

  it('a payment on invoice A moves only A: B still ends 2025-06-10 (a Tuesday)', () => {
    const [debtor] = limitationAt(makeCase({ claims, payments }), '2024-01-01');
    // A: 2023-03-01 + 3y = 2026-03-01, a Sunday → Monday 03-02.
    expect(debtor!.claims.map((c) => [c.claim, c.expiresOn, c.rule])).toEqual([
      ['B', '2025-06-10', 'prc-three-years'],
      ['A', '2026-03-02', 'prc-interrupted'],
    ]);
    expect(debtor).toMatchObject({
      expiresOn: '2025-06-10',
      claim: 'B',
      rule: 'prc-three-years',
      article: '民法典 第188条 第1款',
    });
    expect(debtor!.claims[1]!.event).toMatchObject({ list: 'payments', index: 0, date: '2023-03-01', kind: 'payment' });
  });

  it('parts of one debt (debtGroup): the payment on A reaches B too', () => {
    const grouped = claims.map((c) => ({ ...c, debtGroup: 'account' }));
    const [debtor] = limitationAt(makeCase({ claims: grouped, payments }), '2024-01-01');
    expect(debtor!.claims.map((c) => c.expiresOn)).toEqual(['2026-03-02', '2026-03-02']);
  });
});
