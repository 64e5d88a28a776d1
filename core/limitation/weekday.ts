import type { IsoDate } from '../util/calendar-date.js';

/** 0 = Sunday … 6 = Saturday, for a date already known to be valid; from Date.UTC, so no time zone enters. */
export function weekdayOf(date: IsoDate): number {
  return new Date(Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)))).getUTCDay();
}
