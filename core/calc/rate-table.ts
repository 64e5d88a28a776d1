import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Dec } from '../money/decimal.js';
import { PROJECT_ROOT } from '../project-root.js';
import { isCalendarDate, type IsoDate } from '../dates/calendar-date.js';
import { RateDataError } from './errors.js';

/** A published rate history: each value is in force from its date until the next one. */
export interface RateTable {
  file: string;
  name: string;
  publisher: string;
  source: string;
  /** Every value in force up to and including this date is in the file; later ones may be missing. */
  completeThrough: IsoDate;
  values: readonly { from: IsoDate; rate: Dec }[];
}

interface RateFile {
  name?: unknown;
  publisher?: unknown;
  source?: unknown;
  completeThrough?: unknown;
  values?: unknown;
}

/** Reads and checks `data/<name>`: dates ascending, rates as decimal strings. */
export function loadRateTable(name: string): RateTable {
  const file = join(PROJECT_ROOT, 'data', name);
  let raw: RateFile;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8')) as RateFile;
  } catch (error) {
    throw new RateDataError(`${file}: cannot read the rate history (${(error as Error).message})`);
  }
  const fail = (detail: string): never => {
    throw new RateDataError(`${file}: ${detail}; fix the file as docs/calculations.md describes`);
  };
  if (typeof raw.completeThrough !== 'string' || !isCalendarDate(raw.completeThrough))
    fail('completeThrough must be a date YYYY-MM-DD');
  if (!Array.isArray(raw.values) || raw.values.length === 0) fail('values must be a non-empty list');
  const values = (raw.values as { from?: unknown; rate?: unknown }[]).map((v, i) => {
    if (typeof v.from !== 'string' || !isCalendarDate(v.from)) return fail(`values[${i}].from must be a date YYYY-MM-DD`);
    if (typeof v.rate !== 'string' || !/^\d+(\.\d+)?$/.test(v.rate)) return fail(`values[${i}].rate must be a decimal string`);
    return { from: v.from, rate: new Dec(v.rate) };
  });
  values.forEach((v, i) => {
    if (i > 0 && v.from <= values[i - 1]!.from) fail(`values[${i}].from is not after values[${i - 1}].from`);
  });
  return {
    file,
    name: String(raw.name ?? name),
    publisher: String(raw.publisher ?? ''),
    source: String(raw.source ?? ''),
    completeThrough: raw.completeThrough as IsoDate,
    values,
  };
}

/** The rate in force on `date`, or undefined before the first value. */
export function rateOn(table: RateTable, date: IsoDate): Dec | undefined {
  return table.values[indexOn(table, date)]?.rate;
}

/** The position in `values` of the rate in force on `date`: the last one from on or before it; -1 before the first. */
export function indexOn(table: RateTable, date: IsoDate): number {
  const { values } = table;
  let i = 0;
  while (i < values.length && values[i]!.from <= date) i++;
  return i - 1;
}
