import { formatCents } from '../money/cents.js';
import { AMOUNT_INPUT_MESSAGES, AmountInputError, parseUserAmount } from '../money/user-amount.js';

/** A value read, or why not: `code` (and `params`) for the app to word it, `message` in English for the CLI. */
export type Normalized =
  { ok: true; value: string } | { ok: false; code: string; params?: Record<string, string>; message: string };

/** The row-problem code for each way a typed amount fails. */
const PROBLEM_CODES: Record<AmountInputError['code'], string> = {
  'amount.empty': 'missing',
  'amount.format': 'amount-format',
  'amount.decimals': 'amount-decimals',
  'amount.too-large': 'amount-too-large',
};

/**
 * An amount as the schema wants it (`"12345.60"`) from what a bank's spreadsheet holds: anything the app's
 * amount fields take (`¥12,345.60`, `12345.6元`, `1.5万`, full-width digits) or a number cell. More than two
 * decimals, a negative sum or zero is refused rather than rounded: an overdue balance is never any of those.
 */
export function normalizeAmount(value: string | number): Normalized {
  if (typeof value === 'number' && !Number.isFinite(value)) return { ok: false, code: 'amount-format', message: 'not a number' };
  // String() gives the shortest form that reads back as the same double: 12345.6, not 12345.600000000000364.
  let cents: bigint;
  try {
    cents = parseUserAmount(String(value));
  } catch (error) {
    if (!(error instanceof AmountInputError)) throw error;
    return { ok: false, code: PROBLEM_CODES[error.code], message: AMOUNT_INPUT_MESSAGES[error.code] };
  }
  if (cents === 0n)
    return { ok: false, code: 'amount-zero', message: 'the amount is zero: leave the row out if nothing is owed' };
  return { ok: true, value: formatCents(cents) };
}
