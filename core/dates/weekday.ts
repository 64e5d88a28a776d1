import { dayNumber, type IsoDate } from './calendar-date.js';

/** 0 = Sunday … 6 = Saturday, for a date already known to be valid (1970-01-01, day 0, was a Thursday). */
export function weekdayOf(date: IsoDate): number {
  return (((dayNumber(date) + 4) % 7) + 7) % 7;
}

export function isWeekend(date: IsoDate): boolean {
  const weekday = weekdayOf(date);
  return weekday === 0 || weekday === 6;
}
