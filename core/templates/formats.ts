import { amountInWords } from '../money/amount-in-words.js';
import { Dec } from '../money/decimal.js';
import { formatGrouped } from '../money/money.js';
import { isCalendarDate } from '../dates/calendar-date.js';

export type TemplateLocale = 'zh-CN' | 'en-GB' | 'en-US';

const SYMBOLS: Record<string, string> = { CNY: '¥', GBP: '£', USD: '$', EUR: '€' };
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** `¥16,409.02`, `£1,275.50`; a currency without a symbol is written before the figure (`JPY 1,000.00`). */
export function formatMoney(amount: string | number, currency: string): string {
  const value = new Dec(amount);
  const grouped = formatGrouped(value.abs());
  const symbol = SYMBOLS[currency] ?? `${currency} `;
  return `${value.isNegative() ? '-' : ''}${symbol}${grouped}`;
}

/** 人民币大写 with its 人民币 prefix for CNY in Chinese letters (as `casepack calc` prints it), English words otherwise. */
export function formatWords(amount: string | number, currency: string, locale: TemplateLocale): string {
  return amountInWords(new Dec(amount), currency, locale);
}

/** `2025年3月12日`, `12 March 2025`, `March 12, 2025`. */
export function formatDate(iso: string, locale: TemplateLocale): string {
  if (!isCalendarDate(iso)) throw new RangeError(`"${iso}" is not a date (YYYY-MM-DD)`);
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  if (locale === 'zh-CN') return `${year}年${month}月${day}日`;
  if (locale === 'en-US') return `${MONTHS[month - 1]} ${day}, ${year}`;
  return `${day} ${MONTHS[month - 1]} ${year}`;
}

/** `2025-03-12`, `12/03/2025`, `03/12/2025`: the same day in a narrow table column. */
export function formatNumericDate(iso: string, locale: TemplateLocale): string {
  if (!isCalendarDate(iso)) throw new RangeError(`"${iso}" is not a date (YYYY-MM-DD)`);
  const [year, month, day] = iso.split('-') as [string, string, string];
  if (locale === 'zh-CN') return iso;
  if (locale === 'en-US') return `${month}/${day}/${year}`;
  return `${day}/${month}/${year}`;
}

/** A rate as a fraction ("0.0005") in percent ("0.05%"), without trailing zeros. */
export function formatPercent(rate: string | number): string {
  return `${new Dec(rate).times(100).toDecimalPlaces(6).toString()}%`;
}

const CN_DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 12 → 十二, 25 → 二十五: for 一、二、 numbering and 七日 deadlines. */
export function cnNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 999) throw new RangeError(`${n} is not a whole number from 0 to 999`);
  if (n < 10) return CN_DIGITS[n]!;
  if (n < 20) return `十${n % 10 ? CN_DIGITS[n % 10] : ''}`;
  if (n < 100) return `${CN_DIGITS[Math.floor(n / 10)]}十${n % 10 ? CN_DIGITS[n % 10] : ''}`;
  const rest = n % 100;
  const restText = rest === 0 ? '' : rest < 10 ? `零${CN_DIGITS[rest]}` : rest < 20 ? `一${cnNumeral(rest)}` : cnNumeral(rest);
  return `${CN_DIGITS[Math.floor(n / 100)]}百${restText}`;
}
