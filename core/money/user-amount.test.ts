import { describe, expect, it } from 'vitest';
import { AmountInputError, parseUserAmount } from './user-amount.js';

describe('parseUserAmount', () => {
  it.each([
    ['120000', 12_000_000n],
    ['12万', 12_000_000n],
    ['12万元', 12_000_000n],
    ['1.5万', 1_500_000n],
    ['12.345678万', 12_345_678n],
    ['¥120,000.00', 12_000_000n],
    ['￥120,000.5', 12_000_050n],
    ['120,000元', 12_000_000n],
    ['RMB 12,345.60', 1_234_560n],
    ['１２３４５．６０', 1_234_560n],
    ['£1,250.99', 125_099n],
    ['0.01', 1n],
  ])('%s → %s cents', (typed, cents) => {
    expect(parseUserAmount(typed)).toBe(cents);
  });

  it.each([
    ['', 'amount.empty'],
    ['  元', 'amount.empty'],
    ['12,34', 'amount.format'],
    ['-5', 'amount.format'],
    ['1e5', 'amount.format'],
    ['12万万', 'amount.format'],
    ['1.234', 'amount.decimals'],
    ['1.2345678万', 'amount.decimals'],
    ['99999999999999999999', 'amount.too-large'],
  ])('refuses %j (%s)', (typed, code) => {
    expect(() => parseUserAmount(typed)).toThrow(AmountInputError);
    try {
      parseUserAmount(typed);
    } catch (error) {
      expect((error as AmountInputError).code).toBe(code);
    }
  });
});
