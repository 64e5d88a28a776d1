import { describe, expect, it } from 'vitest';
import { proRata } from './allocation.js';

describe('proRata (民法典 第560条 第2款 按照债务比例)', () => {
  const cases: [bigint, bigint[], bigint[]][] = [
    // 100 over three equal debts: 33 each and 1 cent spare, to the earliest of the equal remainders.
    [100n, [1000n, 1000n, 1000n], [34n, 33n, 33n]],
    // 5 over 3:3:4 → 1.5, 1.5, 2: the remainders tie, so the earlier debt gets the spare cent.
    [5n, [3n, 3n, 4n], [2n, 1n, 2n]],
    // 7 over 1:2:4 exactly.
    [7n, [1n, 2n, 4n], [1n, 2n, 4n]],
    // 9 over 1:1:1:7 → 0.9, 0.9, 0.9, 6.3: the three largest remainders (0.9) get the three spare cents.
    [9n, [1n, 1n, 1n, 7n], [1n, 1n, 1n, 6n]],
    // A debt owing nothing gets nothing; more than everything owed pays each in full.
    [3n, [0n, 2n, 2n], [0n, 2n, 1n]],
    [50n, [10n, 20n], [10n, 20n]],
  ];
  it.each(cases.map(([amount, weights, shares]) => [`${amount} over ${weights.join(':')}`, amount, weights, shares] as const))(
    '%s',
    (_name, amount, weights, shares) => {
      const owed = weights.reduce((a, b) => a + b, 0n);
      expect(proRata(amount, weights)).toEqual(shares);
      expect(shares.reduce((a, b) => a + b, 0n)).toBe(amount < owed ? amount : owed);
    },
  );
});
