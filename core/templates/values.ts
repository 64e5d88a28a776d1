import { Dec } from '../money/decimal.js';

/** Plain data a template can read: text, numbers, flags, lists and groups of fields. */
export type TemplateValue =
  string | number | boolean | null | undefined | readonly TemplateValue[] | { readonly [key: string]: TemplateValue };

/** A field of a group or an item of a list: own data only, never anything inherited from JavaScript objects. */
export function lookup(value: TemplateValue, key: string | number): TemplateValue {
  if (Array.isArray(value)) return typeof key === 'number' ? (value as TemplateValue[])[key] : undefined;
  if (value === null || typeof value !== 'object' || typeof key !== 'string') return undefined;
  if (!Object.hasOwn(value, key)) return undefined;
  const field = (value as Record<string, TemplateValue>)[key];
  return typeof field === 'function' ? undefined : field;
}

export function isTruthy(value: TemplateValue): boolean {
  if (Array.isArray(value)) return value.length > 0;
  return value !== undefined && value !== null && value !== false && value !== '' && value !== 0;
}

const NUMERIC = /^-?\d+(\.\d+)?$/;

/** Numbers and decimal strings ("1409.50") compare as numbers; anything else (ISO dates, text) as text. */
export function compareValues(left: TemplateValue, right: TemplateValue): number | null {
  const numeric = (v: TemplateValue) => typeof v === 'number' || (typeof v === 'string' && NUMERIC.test(v));
  if (numeric(left) && numeric(right)) return new Dec(left as string | number).comparedTo(new Dec(right as string | number));
  if (typeof left === 'string' && typeof right === 'string') return left < right ? -1 : left > right ? 1 : 0;
  return null;
}

export function valuesEqual(left: TemplateValue, right: TemplateValue): boolean {
  const order = compareValues(left, right);
  if (order !== null) return order === 0;
  return (left ?? null) === (right ?? null);
}
