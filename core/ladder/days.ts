import { toDayNumber, type IsoDate } from '../util/calendar-date.js';

export type { IsoDate };

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toDayNumber(to) - toDayNumber(from);
}
