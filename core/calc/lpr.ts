import type { Dec } from '../money/decimal.js';
import type { IsoDate } from '../dates/calendar-date.js';
import { RateDataError } from './errors.js';
import { indexOn, loadRateTable, type RateTable } from './rate-table.js';

let table: RateTable | undefined;

/** The PBOC 1-year Loan Prime Rate history in data/lpr.json (read once). */
export function lprTable(): RateTable {
  table ??= loadRateTable('lpr.json');
  return table;
}

/** The 1-year LPR in force on `date`: the last value published on or before it. */
export function lprOn(date: IsoDate): Dec {
  return lprTable().values[lprIndexOn(date)]!.rate;
}

/** The position in lprTable().values of the LPR in force on `date`. */
export function lprIndexOn(date: IsoDate): number {
  const index = indexOn(lprTable(), date);
  if (index < 0)
    throw new RateDataError(
      `no 1-year LPR before ${lprTable().values[0]!.from} (the first publication): for an earlier period use lateCharge kind annual-rate`,
    );
  return index;
}
