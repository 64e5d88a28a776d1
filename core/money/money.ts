import { Dec, ZERO } from './decimal.js';
import { CurrencyMismatchError } from './errors.js';

/** A sum of money: an exact decimal and its ISO 4217 currency. */
export interface Money {
  readonly amount: Dec;
  readonly currency: string;
}

export function money(amount: Dec | string | number, currency: string): Money {
  return { amount: new Dec(amount), currency };
}

/** Half-up to the cent: used only where a figure is shown (a statement line, a total of shown lines). */
export function roundToCent(value: Dec): Dec {
  return value.toDecimalPlaces(2, Dec.ROUND_HALF_UP);
}

/** The plain decimal string of an amount, always with two decimals: "1409.50" (half-up if finer). */
export function formatAmount(value: Dec): string {
  // Amounts are almost always cent-exact already; toString and padding is several times cheaper than toFixed.
  if (value.decimalPlaces() > 2) return value.toFixed(2, Dec.ROUND_HALF_UP);
  const text = value.isZero() ? '0' : value.toString();
  const dot = text.indexOf('.');
  if (dot < 0) return `${text}.00`;
  return text.length - dot === 2 ? `${text}0` : text;
}

/** An amount grouped for reading: "16,409.02". */
export function formatGrouped(value: Dec): string {
  const [whole, cents] = formatAmount(value).split('.');
  return `${whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${cents}`;
}

export function addMoney(a: Money, b: Money): Money {
  if (a.currency !== b.currency) throw new CurrencyMismatchError(`cannot add ${a.currency} and ${b.currency}`);
  return { amount: a.amount.plus(b.amount), currency: a.currency };
}

/** Sum of decimals; the sum of shown (already rounded) lines is itself exact to the cent. */
export function sum(values: Iterable<Dec>): Dec {
  let total = ZERO;
  for (const v of values) total = total.plus(v);
  return total;
}
