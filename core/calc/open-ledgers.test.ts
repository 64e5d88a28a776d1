import { describe, expect, it } from 'vitest';
import { makeCase } from './case-fixture.js';
import { toMoneyJson } from '../money/money-json.js';
import { SkipList } from './skip-list.js';
import { computeStatement } from './statement.js';

const claim = (id: string, amount: string, dueDate: string) => ({ id, description: '货款', amount, dueDate });

describe('payments over debts paid off earlier (民法典 第560、561条)', () => {
  // Due order A, B (01-10, case-file order), C (01-20), D (02-01); 0.1 % a day.
  const data = makeCase({
    lateCharge: { kind: 'daily-rate', rate: '0.001' },
    claims: [
      claim('D', '800.00', '2024-02-01'),
      claim('A', '1000.00', '2024-01-10'),
      claim('C', '500.00', '2024-01-20'),
      claim('B', '1000.00', '2024-01-10'),
    ],
    payments: [
      // C to 01-25: 500 × 0.1 % × 5 = 2.50; 505 pays it off and leaves 2.50, spread over A and B (due the same day,
      // each owing 1000 + 15 days × 1.00 = 1015.00): 1.25 each.
      { date: '2024-01-25', amount: '505.00', claim: 'C' },
      // A and B each owe 15.00 − 1.25 + 16 days × 1.00 = 29.75 charges and 1000 principal: 2059.50 together, paid in
      // full; C is paid off and passed over; D gets the 40.50 left: 9 days × 0.80 = 7.20 charges, then 33.30.
      { date: '2024-02-10', amount: '2100.00' },
    ],
  });
  const s = toMoneyJson(computeStatement(data, '2024-02-29'));

  it('applies each payment to the debts it reaches, passing over those paid off', () => {
    expect(s.payments.map((p) => p.applied.map((a) => [a.claim, a.head, a.amount]))).toEqual([
      [
        ['C', 'charges', '2.50'],
        ['C', 'principal', '500.00'],
        ['A', 'charges', '1.25'],
        ['B', 'charges', '1.25'],
      ],
      [
        ['A', 'charges', '29.75'],
        ['A', 'principal', '1000.00'],
        ['B', 'charges', '29.75'],
        ['B', 'principal', '1000.00'],
        ['D', 'charges', '7.20'],
        ['D', 'principal', '33.30'],
      ],
    ]);
    expect(s.payments.map((p) => p.debts)).toEqual([
      ['C', 'A', 'B'],
      ['A', 'B', 'D'],
    ]);
  });

  it('splits the rows of the debts still owing at each payment, and no others', () => {
    // D from 02-11: 766.70 × 0.1 % × 19 = 14.5673 → 14.57.
    expect(s.statement.map((r) => [r.claim, r.principal, r.from, r.to, r.charge])).toEqual([
      ['A', '1000.00', '2024-01-11', '2024-01-25', '15.00'],
      ['A', '1000.00', '2024-01-26', '2024-02-10', '16.00'],
      ['B', '1000.00', '2024-01-11', '2024-01-25', '15.00'],
      ['B', '1000.00', '2024-01-26', '2024-02-10', '16.00'],
      ['C', '500.00', '2024-01-21', '2024-01-25', '2.50'],
      ['D', '800.00', '2024-02-02', '2024-02-10', '7.20'],
      ['D', '766.70', '2024-02-11', '2024-02-29', '14.57'],
    ]);
    expect([s.total, s.claims.map((c) => [c.id, c.total])]).toEqual([
      '781.27',
      [
        ['A', '0.00'],
        ['B', '0.00'],
        ['C', '0.00'],
        ['D', '781.27'],
      ],
    ]);
  });
});

describe('SkipList', () => {
  it('finds the first position kept at or after one, however many were dropped before it', () => {
    const list = new SkipList(6);
    for (const p of [0, 1, 3, 4]) list.drop(p);
    expect([0, 1, 2, 3, 5].map((p) => list.first(p))).toEqual([2, 2, 2, 5, 5]);
    list.drop(5);
    list.drop(2);
    expect([list.first(0), list.first(3)]).toEqual([6, 6]);
  });
});
