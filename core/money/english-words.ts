import { Dec } from './decimal.js';
import { AmountInWordsError } from './errors.js';

const ONES = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const SCALES = ['', 'thousand', 'million', 'billion'];
const LIMIT = new Dec('1000000000000');
const LIMIT_CENTS = 100_000_000_000_000n;

export type EnglishLocale = 'en-GB' | 'en-US';

interface CurrencyNames {
  major: [string, string];
  minor: [string, string];
}

const CURRENCIES: Record<string, CurrencyNames> = {
  GBP: { major: ['pound', 'pounds'], minor: ['penny', 'pence'] },
  USD: { major: ['dollar', 'dollars'], minor: ['cent', 'cents'] },
  EUR: { major: ['euro', 'euros'], minor: ['cent', 'cents'] },
  CNY: { major: ['yuan', 'yuan'], minor: ['fen', 'fen'] },
};

/**
 * An amount in English words. en-GB: "one thousand four hundred and nine pounds fifty pence" — "and" before
 * the tens and units of a number, nothing between pounds and pence. en-US: "one thousand four hundred nine
 * dollars and fifty cents" — no "and" inside a number (US style), "and" between dollars and cents as on a
 * cheque. Short-scale billion in both. Zero: "zero pounds". Cents only: "fifty pence". `value` is a
 * decimal, or whole cents as a bigint.
 */
export function englishWords(value: Dec | string | bigint, currency: string, locale: EnglishLocale): string {
  const names = CURRENCIES[currency];
  if (!names)
    throw new AmountInWordsError(
      `cannot write ${currency} amounts in English words (known: ${Object.keys(CURRENCIES).join(', ')})`,
    );
  const cents = checkedCents(value);
  const major = Number(cents / 100n);
  const minor = Number(cents % 100n);
  const british = locale === 'en-GB';
  const majorText = `${numberWords(major, british)} ${names.major[major === 1 ? 0 : 1]}`;
  const minorText = `${numberWords(minor, british)} ${names.minor[minor === 1 ? 0 : 1]}`;
  if (minor === 0) return majorText;
  if (major === 0) return minorText;
  return british ? `${majorText} ${minorText}` : `${majorText} and ${minorText}`;
}

/** The amount in whole cents; a bigint is already cents and needs no decimal arithmetic. */
function checkedCents(value: Dec | string | bigint): bigint {
  if (typeof value === 'bigint' && value >= 0n && value < LIMIT_CENTS) return value;
  const amount = new Dec(typeof value === 'bigint' ? new Dec(value.toString()).dividedBy(100) : value);
  if (amount.isNegative()) throw new AmountInWordsError(`cannot write ${amount.toString()} in words: the amount is negative`);
  if (amount.greaterThanOrEqualTo(LIMIT))
    throw new AmountInWordsError(`cannot write ${amount.toString()} in words: 1 trillion or more`);
  if (amount.decimalPlaces() > 2)
    throw new AmountInWordsError(`cannot write ${amount.toString()} in words: round it to the cent first`);
  return BigInt(amount.times(100).toFixed(0));
}

/** A whole number under a trillion in words; `british` adds "and" before the final tens and units. */
export function numberWords(n: number, british: boolean): string {
  if (n === 0) return 'zero';
  const groups: number[] = [];
  for (let rest = n; rest > 0; rest = Math.floor(rest / 1000)) groups.push(rest % 1000);
  const parts: string[] = [];
  for (let g = groups.length - 1; g >= 0; g--) {
    const group = groups[g]!;
    if (group === 0) continue;
    // British "one thousand and nine": "and" before a last group under a hundred that follows a higher one.
    const joinWithAnd = british && g === 0 && group < 100 && parts.length > 0;
    parts.push((joinWithAnd ? 'and ' : '') + hundredsWords(group, british) + (SCALES[g] ? ` ${SCALES[g]}` : ''));
  }
  return parts.join(' ');
}

function hundredsWords(n: number, british: boolean): string {
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  const restText =
    rest === 0 ? '' : rest < 20 ? ONES[rest]! : TENS[Math.floor(rest / 10)]! + (rest % 10 ? `-${ONES[rest % 10]}` : '');
  if (hundreds === 0) return restText;
  const head = `${ONES[hundreds]} hundred`;
  if (!restText) return head;
  return british ? `${head} and ${restText}` : `${head} ${restText}`;
}
