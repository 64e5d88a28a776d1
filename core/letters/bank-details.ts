import { z } from 'zod';

/**
 * A UK sort code, written as people print it: six digits in pairs, `12-34-56` (typed with or without the dashes
 * or with spaces).
 */
export const sortCode = z
  .string()
  .trim()
  .transform((s) => s.replace(/[\s-]/g, ''))
  .refine((s) => /^\d{6}$/.test(s), { error: 'expected six digits, such as 12-34-56' })
  .transform((s) => `${s.slice(0, 2)}-${s.slice(2, 4)}-${s.slice(4)}`);

/** A UK account number: eight digits. */
export function isUkAccountNumber(number: string): boolean {
  return /^\d{8}$/.test(number.replace(/\s/g, ''));
}

/** ISO 13616 check: move the first four characters to the end, letters to 10–35, and the number mod 97 is 1. */
export function ibanChecksumOk(compact: string): boolean {
  const rearranged = compact.slice(4) + compact.slice(0, 4);
  let remainder = 0;
  for (const char of rearranged) {
    const value = parseInt(char, 36);
    remainder = (value < 10 ? remainder * 10 + value : remainder * 100 + value) % 97;
  }
  return remainder === 1;
}

/** An IBAN, checked by its two check digits and printed in groups of four (`GB82 WEST 1234 5698 7654 32`). */
export const iban = z
  .string()
  .trim()
  .transform((s) => s.replace(/\s/g, '').toUpperCase())
  .refine((s) => /^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(s) && ibanChecksumOk(s), {
    error: 'expected an IBAN whose check digits match, such as GB82 WEST 1234 5698 7654 32',
  })
  .transform((s) => s.replace(/(.{4})(?=.)/g, '$1 '));
