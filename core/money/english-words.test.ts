import { describe, expect, it } from 'vitest';
import { englishWords } from './english-words.js';
import { AmountInWordsError } from './errors.js';

describe('englishWords', () => {
  it.each([
    ['1409.50', 'GBP', 'en-GB', 'one thousand four hundred and nine pounds fifty pence'],
    ['1409.50', 'USD', 'en-US', 'one thousand four hundred nine dollars and fifty cents'],
    ['1009', 'GBP', 'en-GB', 'one thousand and nine pounds'],
    ['1009', 'USD', 'en-US', 'one thousand nine dollars'],
    ['1', 'GBP', 'en-GB', 'one pound'],
    ['0.01', 'GBP', 'en-GB', 'one penny'],
    ['0.05', 'USD', 'en-US', 'five cents'],
    ['0', 'GBP', 'en-GB', 'zero pounds'],
    ['21.21', 'GBP', 'en-GB', 'twenty-one pounds twenty-one pence'],
    ['2000000.00', 'GBP', 'en-GB', 'two million pounds'],
    ['2000050', 'GBP', 'en-GB', 'two million and fifty pounds'],
    [
      '1234567.89',
      'USD',
      'en-US',
      'one million two hundred thirty-four thousand five hundred sixty-seven dollars and eighty-nine cents',
    ],
    ['1100', 'GBP', 'en-GB', 'one thousand one hundred pounds'],
    [
      '999999999999.99',
      'USD',
      'en-US',
      'nine hundred ninety-nine billion nine hundred ninety-nine million nine hundred ninety-nine thousand nine hundred ninety-nine dollars and ninety-nine cents',
    ],
  ] as const)('%s %s %s', (amount, currency, locale, words) => {
    expect(englishWords(amount, currency, locale)).toBe(words);
  });

  it.each([['-1'], ['1000000000000'], ['1.005']])('rejects %s', (amount) => {
    expect(() => englishWords(amount, 'GBP', 'en-GB')).toThrow(AmountInWordsError);
  });

  it('rejects a currency it has no names for', () => {
    expect(() => englishWords('1', 'JPY', 'en-GB')).toThrow(/JPY/);
  });
});
