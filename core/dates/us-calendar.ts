import { addDays, type IsoDate } from './calendar-date.js';
import { isWeekend, weekdayOf } from './weekday.js';

/** Not a Saturday, a Sunday or a legal public holiday (5 U.S.C. §6103(a)). */
export function isUsBusinessDay(date: IsoDate): boolean {
  return !isWeekend(date) && !isFederalHoliday(date);
}

/** Legal public holidays (5 U.S.C. §6103(a)), with a Saturday holiday observed on Friday and a Sunday one on Monday. */
export function isFederalHoliday(date: IsoDate): boolean {
  const year = Number(date.slice(0, 4));
  return federalHolidays(year).includes(date) || federalHolidays(year + 1).includes(date);
}

function federalHolidays(year: number): IsoDate[] {
  const fixed = ['01-01', '06-19', '07-04', '11-11', '12-25'].map((md) => observed(`${year}-${md}`));
  const nth = (month: number, weekday: number, n: number) => {
    const first = `${year}-${String(month).padStart(2, '0')}-01`;
    const offset = (weekday - weekdayOf(first) + 7) % 7;
    return addDays(first, offset + (n - 1) * 7);
  };
  const may31 = `${year}-05-31`;
  const lastMonday = addDays(may31, -((weekdayOf(may31) + 6) % 7));
  return [...fixed, nth(1, 1, 3), nth(2, 1, 3), lastMonday, nth(9, 1, 1), nth(10, 1, 2), nth(11, 4, 4)];
}

function observed(date: IsoDate): IsoDate {
  const weekday = weekdayOf(date);
  return weekday === 6 ? addDays(date, -1) : weekday === 0 ? addDays(date, 1) : date;
}
