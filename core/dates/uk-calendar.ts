import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../project-root.js';
import { addDays, type IsoDate } from './calendar-date.js';
import { HolidayDataError } from './errors.js';
import { isWeekend } from './weekday.js';

let holidays: Set<IsoDate> | undefined;

function ukHolidays() {
  if (!holidays) {
    const file = join(PROJECT_ROOT, 'data', 'uk-bank-holidays.json');
    try {
      const raw = JSON.parse(readFileSync(file, 'utf8')) as { dates: IsoDate[] };
      holidays = new Set(raw.dates);
    } catch (error) {
      throw new HolidayDataError(`${file}: cannot read the bank holidays (${(error as Error).message})`);
    }
  }
  return holidays;
}

/** CPR 6.2(b): a business day is any day except Saturday, Sunday or a bank holiday (England and Wales). */
export function isUkBusinessDay(date: IsoDate): boolean {
  return !isWeekend(date) && !ukHolidays().has(date);
}

/**
 * CPR 6.26, first class post: the second day after posting if that is a business day, otherwise the next
 * business day after it.
 */
export function deemedServedByPost(postedOn: IsoDate): IsoDate {
  let day = addDays(postedOn, 2);
  while (!isUkBusinessDay(day)) day = addDays(day, 1);
  return day;
}

/** Pre-Action Protocol for Debt Claims: the debtor should reply within 30 days of the date of the Letter of Claim. */
export function protocolReplyBy(letterDate: IsoDate): IsoDate {
  return addDays(letterDate, 30);
}
