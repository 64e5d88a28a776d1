import type { Dec } from '../money/decimal.js';
import type { IsoDate } from '../dates/calendar-date.js';
import { RateDataError } from './errors.js';
import { rateTable } from './rate-sources.js';
import { indexOn, type RateTable } from './rate-table.js';

/** The PBOC 1-year Loan Prime Rate history: data/lpr.json with the values a user added over it. */
export function lprTable(): RateTable {
  return rateTable('lpr');
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
