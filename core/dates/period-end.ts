import { daysInMonth, formatCalendarDate, type IsoDate } from './calendar-date.js';

/**
 * The last day of a period of `months` months that starts on `start` (民法典 第201条: the start day is not
 * counted): the corresponding day of the final month, or its last day when it has none (第202条).
 */
export function addMonthsCorresponding(start: IsoDate, months: number): IsoDate {
  const [y, m, d] = start.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const day = Math.min(d, daysInMonth(year, month));
  return formatCalendarDate(year, month, day);
}

export const addYearsCorresponding = (start: IsoDate, years: number): IsoDate => addMonthsCorresponding(start, years * 12);
