import type { Dec } from '../money/decimal.js';

/** A rate as the statement shows it ("0.05175") and as the ledger multiplies by it: numerator ÷ denominator, exactly. */
export interface ExactRate {
  text: string;
  numerator: bigint;
  /** A power of ten: 10 to the number of decimals in `text`. */
  denominator: bigint;
}

/** The exact fraction of a non-negative decimal rate, read from its plain text (Dec never writes an exponent here). */
export function exactRate(rate: Dec): ExactRate {
  const text = rate.toString();
  const match = /^(\d+)(?:\.(\d+))?$/.exec(text);
  if (!match) throw new RangeError(`not a plain non-negative decimal rate: ${text}`);
  const decimals = match[2] ?? '';
  return { text, numerator: BigInt(match[1]! + decimals), denominator: 10n ** BigInt(decimals.length) };
}
