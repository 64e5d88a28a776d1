import { Dec } from '../money/decimal.js';
import { halfWidth } from '../util/half-width.js';

/** A value read, or why not: `code` (and `params`) for the app to word it, `message` in English for the CLI. */
export type Normalized =
  { ok: true; value: string } | { ok: false; code: string; params?: Record<string, string>; message: string };

const CURRENCY_MARKS = /^(?:¥|￥|RMB|CNY|人民币)|(?:元整|元|RMB|CNY)$/gi;

/**
 * An amount as the schema wants it (`"12345.60"`) from what a bank's spreadsheet holds: `¥12,345.60`,
 * `12345.6元`, `１２３４５.６０`, `RMB 12,345.60`, or a number cell. More than two decimals, a negative sum
 * or zero is refused rather than rounded: an overdue balance is never any of those.
 */
export function normalizeAmount(value: string | number): Normalized {
  let text: string;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return { ok: false, code: 'amount-format', message: 'not a number' };
    // String() gives the shortest form that reads back as the same double: 12345.6, not 12345.600000000000364.
    text = String(value);
  } else {
    text = halfWidth(value).replace(/\s+/g, '').replace(CURRENCY_MARKS, '').replace(CURRENCY_MARKS, '');
  }
  if (text === '') return { ok: false, code: 'missing', message: 'missing: expected an amount such as 12345.60' };
  if (!/^\d{1,3}(,\d{3})+(\.\d+)?$|^\d+(\.\d+)?$/.test(text))
    return { ok: false, code: 'amount-format', message: 'expected an amount such as 12345.60, ¥12,345.60 or 12345.6元' };
  const plain = text.replace(/,/g, '');
  const decimals = plain.split('.')[1]?.length ?? 0;
  if (decimals > 2)
    return { ok: false, code: 'amount-decimals', message: 'more than two decimals: give the amount in yuan and fen (12345.60)' };
  const amount = new Dec(plain);
  if (amount.isZero())
    return { ok: false, code: 'amount-zero', message: 'the amount is zero: leave the row out if nothing is owed' };
  if (amount.greaterThanOrEqualTo('1e15')) return { ok: false, code: 'amount-too-large', message: 'too large for an amount' };
  return { ok: true, value: amount.toFixed(2) };
}
