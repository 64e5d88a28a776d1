import { Dec } from '../money/decimal.js';
import type { IsoDate } from '../dates/calendar-date.js';
import { RateDataError } from './errors.js';
import { rateTable } from './rate-sources.js';
import { rateOn, type RateTable } from './rate-table.js';

/** The Bank of England Bank Rate history: data/boe-base-rate.json with the values a user added over it. */
export function boeTable(): RateTable {
  return rateTable('boe');
}

/** 8% a year over the reference rate: Late Payment of Commercial Debts (Rate of Interest) (No. 3) Order 2002, art. 4. */
export const UK_STATUTORY_MARGIN = new Dec('0.08');

/**
 * The reference rate for a debt that starts carrying interest on `start`: Bank Rate in force on 31 December
 * (for a start in January–June) or 30 June (July–December) just before that half-year. Fixed for the life of
 * the debt (Rate of Interest (No. 3) Order 2002, art. 4).
 */
export function ukReferenceDate(start: IsoDate): IsoDate {
  const year = Number(start.slice(0, 4));
  return start.slice(5) <= '06-30' ? `${year - 1}-12-31` : `${year}-06-30`;
}

export function ukReferenceRate(start: IsoDate): Dec {
  const on = ukReferenceDate(start);
  const rate = rateOn(boeTable(), on);
  if (!rate)
    throw new RateDataError(
      `no Bank of England rate on ${on} in ${boeTable().file}: the history starts ${boeTable().values[0]!.from}`,
    );
  return rate;
}

/** Late Payment of Commercial Debts (Interest) Act 1998 s.5A: £40 under £1,000, £70 under £10,000, £100 from £10,000 (in pence). */
export function ukFixedCompensation(debtPence: bigint): bigint {
  if (debtPence < 100_000n) return 4_000n;
  if (debtPence < 1_000_000n) return 7_000n;
  return 10_000n;
}
