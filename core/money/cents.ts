/*
 * The statement's ledger counts whole cents as BigInt: every figure in it is a whole number of cents (amounts
 * have at most two decimals, each charge line is rounded to the cent where it is shown), and integer BigInt
 * arithmetic is exact at any size and many times cheaper than decimal objects.
 */
const AMOUNT = /^\d+(\.\d{1,2})?$/;

/** "123.45" → 12345n, "0.5" → 50n, "7" → 700n. Throws a RangeError on anything else (signs, exponents, a third decimal). */
export function parseCents(amount: string): bigint {
  if (!AMOUNT.test(amount)) throw new RangeError(`not an amount with at most two decimals: "${amount}"`);
  const dot = amount.indexOf('.');
  if (dot < 0) return BigInt(amount) * 100n;
  const fraction = amount.slice(dot + 1);
  return BigInt(amount.slice(0, dot) + (fraction.length === 1 ? `${fraction}0` : fraction));
}

/** 12345n → "123.45", 0n → "0.00", -5n → "-0.05": the same text as formatAmount. */
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
