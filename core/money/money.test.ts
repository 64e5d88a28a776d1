import { describe, expect, it } from 'vitest';
import { Dec } from './decimal.js';
import { formatAmount, formatGrouped } from './money.js';

describe('money', () => {
  it.each([
    ['0.005', '0.01'], // half-up, not banker's rounding
    ['0.015', '0.02'],
    ['0.025', '0.03'], // banker's would give 0.02
    ['1.004999', '1.00'],
    ['2.675', '2.68'], // a float would give 2.67
  ])('rounds %s half-up to %s', (input, expected) => {
    expect(formatAmount(new Dec(input))).toBe(expected);
  });

  it('groups thousands for reading', () => {
    expect(formatGrouped(new Dec('16409.02'))).toBe('16,409.02');
    expect(formatGrouped(new Dec('999999999999.9'))).toBe('999,999,999,999.90');
  });
});

describe('formatAmount', () => {
  it.each([
    ['0', '0.00'],
    ['-0', '0.00'],
    ['5', '5.00'],
    ['5.1', '5.10'],
    ['5.12', '5.12'],
    ['5.125', '5.13'],
    ['123456789012.3', '123456789012.30'],
    ['0.05', '0.05'],
  ])('%s → %s', (input, expected) => {
    expect(formatAmount(new Dec(input))).toBe(expected);
  });
});
