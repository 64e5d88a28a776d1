import { describe, expect, it } from 'vitest';
import { iban, ibanChecksumOk, isUkAccountNumber, sortCode } from './bank-details.js';

describe('UK bank details', () => {
  it('prints a sort code as 12-34-56 however it was typed, and refuses any other length', () => {
    for (const typed of ['309950', '30-99-50', ' 30 99 50 ']) expect(sortCode.parse(typed)).toBe('30-99-50');
    for (const bad of ['30-99-5', '3099501', '30-99-5O', '']) expect(sortCode.safeParse(bad).success).toBe(false);
  });

  it('takes an account number of eight digits only', () => {
    expect(isUkAccountNumber('12345678')).toBe(true);
    expect(isUkAccountNumber('1234 5678')).toBe(true);
    expect(isUkAccountNumber('1234567')).toBe(false);
    expect(isUkAccountNumber('123456789')).toBe(false);
  });

  it('checks an IBAN by its check digits and prints it in groups of four', () => {
    // The example IBANs of the ISO 13616 register (UK and Germany).
    expect(iban.parse('gb82west12345698765432')).toBe('GB82 WEST 1234 5698 7654 32');
    expect(iban.parse('DE89 3704 0044 0532 0130 00')).toBe('DE89 3704 0044 0532 0130 00');
    expect(ibanChecksumOk('GB82WEST12345698765433')).toBe(false);
    expect(iban.safeParse('GB28 WEST 1234 5698 7654 32').success).toBe(false);
    expect(iban.safeParse('GB82').success).toBe(false);
  });
});
