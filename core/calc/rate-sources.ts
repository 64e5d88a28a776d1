import { Dec } from '../money/decimal.js';
import { dayBefore, formatCalendarDate, type IsoDate } from '../dates/calendar-date.js';
import { loadRateTable, type RateTable } from './rate-table.js';

/** The published rates CasePack reads: the 1-year LPR and the Bank of England Bank Rate. */
export const RATE_SERIES = ['lpr', 'boe'] as const;
export type RateSeries = (typeof RATE_SERIES)[number];

/** A value a user added (Settings › Rates, `casepack rates add`): in force from `from`, as a decimal fraction. */
export interface UserRate {
  series: RateSeries;
  from: IsoDate;
  /** "0.0300" for 3.00 %. */
  rate: string;
  source: string;
}

const BUNDLED_FILE: Record<RateSeries, string> = { lpr: 'lpr.json', boe: 'boe-base-rate.json' };

const bundled = new Map<RateSeries, RateTable>();
const merged = new Map<RateSeries, RateTable>();
let installed: readonly UserRate[] = [];
let installedKey = '[]';
let version = 0;

/** The history shipped in data/ (read once). */
export function bundledRateTable(series: RateSeries): RateTable {
  let table = bundled.get(series);
  if (!table) bundled.set(series, (table = loadRateTable(BUNDLED_FILE[series])));
  return table;
}

/**
 * The history the calculations use: the bundled one with the user's values over it (a user's value on a date
 * the file also has wins), complete through the later of the file's `completeThrough` and what the user's
 * newest value vouches for.
 */
export function rateTable(series: RateSeries): RateTable {
  let table = merged.get(series);
  if (!table) merged.set(series, (table = mergeUserRates(series, bundledRateTable(series), installed)));
  return table;
}

/** Makes `rates` the user's values for every calculation in this process (the store that was opened last). */
export function installUserRates(rates: readonly UserRate[]): void {
  const key = JSON.stringify(rates);
  if (key === installedKey) return;
  installed = rates;
  installedKey = key;
  version++;
  merged.clear();
}

/** The user's values now in force, for a worker thread to install too. */
export function installedUserRates(): readonly UserRate[] {
  return installed;
}

/** Changes whenever other values are installed: part of the key of any cached calculation. */
export function userRatesVersion(): number {
  return version;
}

export function mergeUserRates(series: RateSeries, table: RateTable, rates: readonly UserRate[]): RateTable {
  const own = rates.filter((r) => r.series === series);
  if (own.length === 0) return table;
  const byDate = new Map(table.values.map((v) => [v.from, v]));
  for (const r of own) byDate.set(r.from, { from: r.from, rate: new Dec(r.rate) });
  // A publication that left the rate as it was vouches for the dates (below) but starts no new period.
  const values = [...byDate.values()]
    .sort((a, b) => (a.from < b.from ? -1 : 1))
    .filter((v, i, all) => i === 0 || !v.rate.eq(all[i - 1]!.rate));
  const vouched = own.map((r) => coveredThrough(series, r.from)).reduce((a, b) => (a > b ? a : b));
  return { ...table, values, completeThrough: vouched > table.completeThrough ? vouched : table.completeThrough };
}

/**
 * The last day a value published on `from` is known to be the one in force. The LPR is published on the 20th
 * of every month (the next working day when the 20th is not one): a value holds at least until the day before
 * the next 20th. Bank Rate changes at irregular MPC meetings, so a value vouches only for its own date (which
 * is all the Late Payment Act's reference rate needs: the rate on 30 June or 31 December).
 */
export function coveredThrough(series: RateSeries, from: IsoDate): IsoDate {
  if (series === 'boe') return from;
  const [year, month, day] = from.split('-').map(Number) as [number, number, number];
  if (day < 20) return formatCalendarDate(year, month, 19);
  const next = month === 12 ? formatCalendarDate(year + 1, 1, 20) : formatCalendarDate(year, month + 1, 20);
  return dayBefore(next);
}
