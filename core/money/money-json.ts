import { formatCents, type Cents } from './cents.js';

/**
 * The JSON shape of a core value, as the API and `--json` give it: cents as decimal text ("1409.50"). The
 * `settled` flags are left out: they follow from a zero total, and the published JSON shape stays as it was.
 */
export type MoneyJson<T> = T extends Cents
  ? string
  : T extends readonly (infer Item)[]
    ? MoneyJson<Item>[]
    : T extends object
      ? { [K in keyof T as K extends 'settled' ? never : K]: MoneyJson<T[K]> }
      : T;

/** `value` with every amount in cents written as decimal text, ready for JSON.stringify or an IPC reply. */
export function toMoneyJson<T>(value: T): MoneyJson<T> {
  return JSON.parse(JSON.stringify(value, moneyReplacer)) as MoneyJson<T>;
}

/** A JSON.stringify replacer: BigInt cents as decimal text, `settled` flags left out. */
export function moneyReplacer(key: string, value: unknown): unknown {
  if (key === 'settled') return undefined;
  return typeof value === 'bigint' ? formatCents(value) : value;
}
