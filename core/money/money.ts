import { formatCents } from './cents.js';
import { Dec } from './decimal.js';

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
  return groupThousands(formatAmount(value));
}

/** Cents grouped for reading: 1640902n → "16,409.02". */
export function formatGroupedCents(amount: bigint): string {
  return groupThousands(formatCents(amount));
}

function groupThousands(decimal: string): string {
  const [whole, fraction] = decimal.split('.');
  return `${whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${fraction}`;
}
