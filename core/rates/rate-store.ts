import BetterSqlite3, { type Database } from 'better-sqlite3';
import { existsSync } from 'node:fs';
import type { IsoDate } from '../dates/calendar-date.js';
import { StoreError } from '../errors.js';
import { installUserRates, type RateSeries, type UserRate } from '../calc/rate-sources.js';
import { checkRateEntry, isRateSeries, RateEntryError, type RateInput, type RateRowPlace } from './rate-entry.js';

/** The user's added values, by series then date. */
export function readUserRates(db: Database): UserRate[] {
  const rows = db.prepare('SELECT series, from_date, rate, source FROM rate_entries ORDER BY series, from_date').all() as {
    series: string;
    from_date: string;
    rate: string;
    source: string;
  }[];
  return rows.flatMap((r) =>
    isRateSeries(r.series) ? [{ series: r.series, from: r.from_date, rate: r.rate, source: r.source }] : [],
  );
}

/** Makes the database's added values the ones every calculation of this process uses. */
export function installStoredRates(db: Database): void {
  installUserRates(readUserRates(db));
}

/**
 * Checks and stores values in one transaction: all of them or none. Within one file a series' dates must
 * rise row by row, so that a sorted table pasted with a row out of place is caught.
 */
export function addUserRates(
  db: Database,
  inputs: readonly { input: RateInput; place?: RateRowPlace }[],
  today: IsoDate,
): UserRate[] {
  const insert = db.prepare('INSERT INTO rate_entries (series, from_date, rate, source, added_at) VALUES (?, ?, ?, ?, ?)');
  const added = db
    .transaction(() => {
      const known = readUserRates(db);
      const last = new Map<RateSeries, IsoDate>();
      const now = new Date().toISOString();
      return inputs.map(({ input, place }) => {
        const rate = checkRateEntry(input, today, known, place);
        const before = last.get(rate.series);
        if (before !== undefined && rate.from < before)
          throw new RateEntryError(
            'order',
            { field: 'date', date: rate.from, previous: before },
            `date: ${rate.from} comes after ${before} in the file; list the values oldest first`,
            place,
          );
        last.set(rate.series, rate.from);
        known.push(rate);
        insert.run(rate.series, rate.from, rate.rate, rate.source, now);
        return rate;
      });
    })
    .immediate();
  installStoredRates(db);
  return added;
}

export function removeUserRate(db: Database, series: RateSeries, date: IsoDate): void {
  const removed = db.prepare('DELETE FROM rate_entries WHERE series = ? AND from_date = ?').run(series, date);
  if (removed.changes === 0)
    throw new RateEntryError('not-found', { field: 'date', date, series }, `date: no added ${series} value for ${date}`);
  installStoredRates(db);
}

/**
 * For commands on a case.json path, which open no database: the values added to `file`, read without
 * creating or migrating it. None when the file does not exist or predates added rates.
 */
export function installRatesOfFile(file: string): void {
  if (!existsSync(file)) return;
  let db: Database | undefined;
  try {
    db = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
    const table = db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'rate_entries'`).get();
    if (table) installStoredRates(db);
  } catch (error) {
    throw new StoreError(`${file}: cannot read the added rates (${(error as Error).message})`);
  } finally {
    db?.close();
  }
}
