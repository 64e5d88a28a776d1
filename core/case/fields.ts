import { z } from 'zod';
import { isCalendarDate } from '../dates/calendar-date.js';

/** Describes what was found, for messages such as `expected a date YYYY-MM-DD, got number 20240101`. */
export function describeInput(input: unknown): string {
  if (input === undefined) return 'nothing';
  if (typeof input === 'string') return `"${input.length > 40 ? `${input.slice(0, 40)}…` : input}"`;
  if (typeof input === 'number' || typeof input === 'boolean') return `${typeof input} ${String(input)}`;
  if (Array.isArray(input)) return 'a list';
  return input === null ? 'null' : 'an object';
}

function expected(what: string) {
  return (issue: { input?: unknown }) =>
    issue.input === undefined ? `missing (expected ${what})` : `expected ${what}, got ${describeInput(issue.input)}`;
}

/** One of a fixed set of words: the message lists them as `a|b|c`. */
export function oneOf<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, { error: expected(values.join('|')) });
}

export const text = (what = 'text') =>
  z
    .string({ error: expected(what) })
    .trim()
    .min(1, { error: 'must not be empty' });

export const isoDate = z
  .string({ error: expected('a date YYYY-MM-DD') })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: (i) => `expected a date YYYY-MM-DD, got ${describeInput(i.input)}` })
  .refine(isCalendarDate, { error: (i) => `no such day: ${describeInput(i.input)}` })
  .meta({ format: 'date' });

/** A sum of money as a decimal string with at most two decimals: never a JSON number, never `1e3`. */
export const amount = z
  .string({
    error: (i) =>
      typeof i.input === 'number'
        ? `expected an amount as a decimal string such as "123456.78", got number ${i.input} (write amounts in quotes so that no digit is lost)`
        : expected('an amount as a decimal string such as "123456.78"')(i),
  })
  .regex(/^(0|[1-9]\d{0,14})(\.\d{1,2})?$/, {
    error: (i) => `expected an amount as a decimal string such as "123456.78", got ${describeInput(i.input)}`,
  });

/** A rate or multiplier as a decimal string: `"0.0005"` a day, `"0.06"` a year, `"1.5"` times LPR. */
export const decimalRate = z
  .string({ error: expected('a decimal string such as "0.0005"') })
  .regex(/^(0|[1-9]\d{0,5})(\.\d{1,10})?$/, {
    error: (i) => `expected a decimal string such as "0.0005", got ${describeInput(i.input)}`,
  });

export const indexInto = (list: string) =>
  z
    .number({ error: expected(`a position in ${list} (0, 1, …)`) })
    .int({ error: `expected a whole number: a position in ${list}` })
    .min(0, { error: `expected a position in ${list} (0, 1, …)` });

export const flag = z.boolean({ error: expected('true or false') });

/** A path relative to the case file. Absolute paths would not survive moving the case folder. */
export const relativeFile = z
  .string({ error: expected('a file path relative to the case file') })
  .min(1, { error: 'must not be empty' })
  .refine((p) => !/^([A-Za-z]:)?[\\/]/.test(p), { error: 'expected a path relative to the case file, not an absolute path' });

/** A SHA-256 digest as 64 hexadecimal digits. */
export const sha256Digest = z
  .string({ error: expected('a SHA-256 digest (64 hexadecimal digits)') })
  .regex(/^[0-9a-f]{64}$/i, { error: (i) => `expected a SHA-256 digest (64 hexadecimal digits), got ${describeInput(i.input)}` })
  .transform((h) => h.toLowerCase());

export const identifier = z.string({ error: expected('an id') }).regex(/^[\p{L}\p{N}][\p{L}\p{N}._-]*$/u, {
  error: (i) => `expected an id of letters, digits, '.', '_' or '-', got ${describeInput(i.input)}`,
});

const currencies = new Set(Intl.supportedValuesOf('currency'));
export const currencyCode = z
  .string({ error: expected('an ISO 4217 currency code such as CNY') })
  .regex(/^[A-Z]{3}$/, { error: (i) => `expected an ISO 4217 currency code such as CNY, got ${describeInput(i.input)}` })
  .refine((c) => currencies.has(c), {
    error: (i) => `expected an ISO 4217 currency code such as CNY, got ${describeInput(i.input)}`,
  });
