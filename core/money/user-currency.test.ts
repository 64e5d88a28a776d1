import { describe, expect, it } from 'vitest';
import { CurrencyInputError, parseUserCurrency } from './user-currency.js';

describe('parseUserCurrency: a currency as people type it, to its ISO code', () => {
  it.each([
    ['CNY', 'CNY'],
    ['cny', 'CNY'],
    ['人民币', 'CNY'],
    ['RMB', 'CNY'],
    ['rmb', 'CNY'],
    ['元', 'CNY'],
    ['￥', 'CNY'],
    ['¥', 'CNY'],
    ['ＲＭＢ', 'CNY'],
    [' 人民币（CNY） ', 'CNY'],
    ['Chinese Yuan (CNY)', 'CNY'],
    ['英镑', 'GBP'],
    ['GBP £', 'GBP'],
    ['£', 'GBP'],
    ['pounds sterling', 'GBP'],
    ['British Pound', 'GBP'],
    ['US$', 'USD'],
    ['$', 'USD'],
    ['美元', 'USD'],
    ['美金', 'USD'],
    ['US Dollar (USD)', 'USD'],
    ['欧元', 'EUR'],
    ['€', 'EUR'],
    ['euro', 'EUR'],
    ['港币', 'HKD'],
    ['HK$', 'HKD'],
    ['Hong Kong dollar', 'HKD'],
    ['日元', 'JPY'],
    ['Japanese Yen', 'JPY'],
    ['新台币', 'TWD'],
    ['Swiss Franc', 'CHF'],
    ['jpy', 'JPY'],
  ])('%s → %s', (typed, code) => {
    expect(parseUserCurrency(typed)).toBe(code);
  });

  it.each(['', 'XYZ', 'money', '美元 GBP', '12', 'RMBX', '人民'])('refuses %j, keeping what was typed', (typed) => {
    expect(() => parseUserCurrency(typed)).toThrow(CurrencyInputError);
    try {
      parseUserCurrency(typed);
    } catch (error) {
      expect(error).toMatchObject({ code: 'currency', text: typed });
    }
  });
});
