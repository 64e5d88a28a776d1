import { describe, expect, it } from 'vitest';
import { formatCents, parseCents, roundHalfUp } from './cents.js';
import { Dec } from './decimal.js';
import { formatAmount } from './money.js';

describe('cents', () => {
  it.each([
    ['0', 0n, '0.00'],
    ['0.5', 50n, '0.50'],
    ['0.05', 5n, '0.05'],
    ['0.50', 50n, '0.50'],
    ['7', 700n, '7.00'],
    ['123.45', 12345n, '123.45'],
    ['123.4', 12340n, '123.40'],
    ['1000.00', 100000n, '1000.00'],
    ['999999999999999.99', 99999999999999999n, '999999999999999.99'],
    ['100000000000000', 10000000000000000n, '100000000000000.00'],
  ])('%s is %i cents and reads back as %s', (text, cents, shown) => {
    expect(parseCents(text)).toBe(cents);
    expect(formatCents(cents)).toBe(shown);
    expect(formatCents(cents)).toBe(formatAmount(new Dec(text)));
  });

  it.each([
    [1n, '0.01'],
    [10n, '0.10'],
    [99n, '0.99'],
    [100n, '1.00'],
    [-5n, '-0.05'],
    [-12345n, '-123.45'],
  ])('%i cents is %s', (cents, shown) => {
    expect(formatCents(cents)).toBe(shown);
  });

  it.each(['', '.5', '1.', '1.234', '-1', '+1', '1e3', ' 1', '1,000.00', 'abc'])('refuses "%s"', (text) => {
    expect(() => parseCents(text)).toThrow(RangeError);
  });

  it.each([
    [0n, 7n, 0n],
    [4n, 10n, 0n],
    [5n, 10n, 1n], // exactly half a cent: up
    [15n, 10n, 2n],
    [25n, 10n, 3n], // banker's rounding would give 2
    [1n, 2n, 1n],
    [1n, 3n, 0n],
    [2n, 3n, 1n],
    [2931250n, 10000n, 293n], // 293.125 cents → 293
    [29312500n, 100000n, 293n],
    [293125n, 1000n, 293n],
    [2931255n, 10000n, 293n],
    [2935000n, 10000n, 294n], // 293.5 → 294
    [2934999n, 10000n, 293n],
    [10n ** 30n + 5n * 10n ** 20n, 10n ** 21n, 10n ** 9n + 1n],
  ])('round half-up %i / %i = %i', (numerator, denominator, rounded) => {
    expect(roundHalfUp(numerator, denominator)).toBe(rounded);
  });
});
