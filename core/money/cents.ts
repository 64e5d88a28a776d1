/*
 * Money inside core is a whole number of cents as BigInt: every figure of the statement is one (amounts have
 * at most two decimals, each charge line is rounded to the cent), the accrual multiplies cents by a rate's
 * numerator and by days, which passes 2^53 for large claims, and BigInt is exact at any size and far cheaper
 * than decimal objects. Decimal text is made only at the edges (JSON, templates, CSV, the UI).
 */
declare const centsBrand: unique symbol;

/** A whole number of cents (pence, cents of a dollar…) of the case's currency. */
export type Cents = bigint & { readonly [centsBrand]: true };

/** Marks a BigInt that counts cents as money. */
export const cents = (value: bigint): Cents => value as Cents;

const AMOUNT = /^\d+(\.\d{1,2})?$/;

/** "123.45" → 12345n, "0.5" → 50n, "7" → 700n. Throws a RangeError on anything else (signs, exponents, a third decimal). */
export function parseCents(amount: string): Cents {
  if (!AMOUNT.test(amount)) throw new RangeError(`not an amount with at most two decimals: "${amount}"`);
  const dot = amount.indexOf('.');
  if (dot < 0) return cents(BigInt(amount) * 100n);
  const fraction = amount.slice(dot + 1);
  return cents(BigInt(amount.slice(0, dot) + (fraction.length === 1 ? `${fraction}0` : fraction)));
}

/** 12345n → "123.45", 0n → "0.00", -5n → "-0.05": the decimal text of the JSON edges, as formatAmount writes it. */
export function formatCents(cents: bigint): string {
  if (cents < 0n) return `-${formatCents(-cents)}`;
  const digits = cents.toString();
  if (digits.length > 2) return `${digits.slice(0, -2)}.${digits.slice(-2)}`;
  return digits.length === 2 ? `0.${digits}` : `0.0${digits}`;
}

/** The integer nearest to numerator ÷ denominator, halves rounded up; both non-negative, denominator not zero. */
export function roundHalfUp(numerator: bigint, denominator: bigint): bigint {
  const quotient = numerator / denominator;
  return 2n * (numerator - quotient * denominator) >= denominator ? quotient + 1n : quotient;
}
