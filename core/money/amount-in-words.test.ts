import { describe, expect, it } from 'vitest';
import { amountInWords } from './amount-in-words.js';
import { Dec } from './decimal.js';
import { AmountInWordsError } from './errors.js';
import { toMoneyJson } from './money-json.js';
import { cents } from './cents.js';

describe('amountInWords', () => {
  it.each([
    [1640902n, 'CNY', 'zh-CN', '人民币壹万陆仟肆佰零玖元零贰分'],
    [0n, 'CNY', 'zh-CN', '人民币零元整'],
    [127550n, 'GBP', 'en-GB', 'one thousand two hundred and seventy-five pounds fifty pence'],
    [100n, 'USD', 'en-US', 'one dollar'],
  ])('writes %i cents of %s in %s as %s', (amount, currency, locale, words) => {
    expect(amountInWords(amount, currency, locale)).toBe(words);
  });

  it('gives the same words for cents and for the decimal a template holds', () => {
    expect(amountInWords(new Dec('16409.02'), 'CNY', 'zh-CN')).toBe(amountInWords(1640902n, 'CNY', 'zh-CN'));
    for (const [decimal, whole] of [
      ['999999999999.99', 99999999999999n],
      ['100000.50', 10000050n],
      ['0.07', 7n],
    ] as const)
      for (const [currency, locale] of [
        ['CNY', 'zh-CN'],
        ['GBP', 'en-GB'],
        ['USD', 'en-US'],
      ] as const)
        expect(amountInWords(whole, currency, locale)).toBe(amountInWords(new Dec(decimal), currency, locale));
  });

  it('refuses what cannot be written', () => {
    expect(() => amountInWords(-5n, 'GBP', 'en-GB')).toThrow(AmountInWordsError);
    expect(() => amountInWords(-5n, 'CNY', 'zh-CN')).toThrow(/-0\.05 in words: the amount is negative/);
    expect(() => amountInWords(100000000000000n, 'CNY', 'zh-CN')).toThrow(/9999亿/);
    expect(() => amountInWords(100000000000000n, 'USD', 'en-US')).toThrow(/1 trillion or more/);
    expect(() => amountInWords(new Dec('1.005'), 'GBP', 'en-GB')).toThrow(AmountInWordsError);
  });
});

describe('toMoneyJson', () => {
  it('writes cents as decimal text and leaves the settled flags out', () => {
    const value = { total: cents(-5n), settled: false, rows: [{ charge: cents(12345n), days: 3, settled: true }] };
    expect(toMoneyJson(value)).toEqual({ total: '-0.05', rows: [{ charge: '123.45', days: 3 }] });
  });
});
