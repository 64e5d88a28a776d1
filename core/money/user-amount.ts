import { CasePackError } from '../errors.js';
import { halfWidth } from '../util/half-width.js';

/** An amount a person typed that is not one: `code` names why, `text` is what was typed. */
export class AmountInputError extends CasePackError {
  override name = 'AmountInputError';
  constructor(
    readonly code: 'amount.empty' | 'amount.format' | 'amount.decimals' | 'amount.too-large',
    readonly text: string,
  ) {
    super(`"${text}": ${AMOUNT_INPUT_MESSAGES[code]}`);
  }
}

/** English wording of each code, for callers with no language of their own (logs, `--debug`). */
export const AMOUNT_INPUT_MESSAGES: Record<AmountInputError['code'], string> = {
  'amount.empty': 'no amount given',
  'amount.format': 'expected an amount such as 120000, 12万, ¥120,000.00 or 120,000元',
  'amount.decimals': 'an amount has at most two decimals (yuan and fen, or pounds and pence)',
  'amount.too-large': 'too large for an amount',
};

const CURRENCY = /^(?:¥|￥|£|\$|RMB|CNY|GBP|USD|人民币)|(?:元整|元|RMB|CNY|GBP|USD)$/gi;
const NUMBER = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?$/;
const LIMIT = 10n ** 17n;

/**
 * Cents from what people type for an amount: `120000`, `12万`, `1.5万元`, `¥120,000.00`, `120,000元`,
 * `RMB 12,345.60`, full-width digits. 万 multiplies by ten thousand; the result must still be whole cents.
 */
export function parseUserAmount(typed: string): bigint {
  let text = halfWidth(typed).replace(/\s+/g, '').replace(CURRENCY, '').replace(CURRENCY, '');
  if (text === '') throw new AmountInputError('amount.empty', typed);
  const tenThousands = text.endsWith('万');
  if (tenThousands) text = text.slice(0, -1);
  if (!NUMBER.test(text)) throw new AmountInputError('amount.format', typed);
  const [whole, fraction = ''] = text.replace(/,/g, '').split('.') as [string, string?];
  const places = tenThousands ? 6 : 2;
  if (fraction.length > places) throw new AmountInputError('amount.decimals', typed);
  // Cents are yuan × 100, and 万 is yuan × 10,000: the digits padded to 2 (or 6) decimals are the cents.
  const cents = BigInt(whole + fraction.padEnd(places, '0'));
  if (cents >= LIMIT) throw new AmountInputError('amount.too-large', typed);
  return cents;
}
