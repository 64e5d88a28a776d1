/**
 * Calendar dates as `YYYY-MM-DD` strings and whole day numbers (days since 1970-01-01). This is the one
 * place that counts days: no `Date` object, so no time zone can shift a result.
 */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH_LENGTHS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export const isLeapYear = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/** Days in `month` (1–12) of `year`. */
export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : MONTH_LENGTHS[month - 1]!;
}

/** `YYYY-MM-DD` of a year, month (1–12) and day, without checking that the day exists. */
export function formatCalendarDate(year: number, month: number, day: number): IsoDate {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** True when `text` is `YYYY-MM-DD` and names a day that exists (no 2023-02-29). */
export function isCalendarDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

const digit = (date: IsoDate, i: number) => date.charCodeAt(i) - 48;

/**
 * Days since 1970-01-01 of a date already known to be valid (the case schema checks them), by the
 * days-from-civil formula (H. Hinnant) on the digits: the statement takes thousands per case batch.
 */
export function dayNumber(date: IsoDate): number {
  const m = digit(date, 5) * 10 + digit(date, 6);
  const d = digit(date, 8) * 10 + digit(date, 9);
  // Years run from March, so that a leap day is the last day of its year.
  const y = digit(date, 0) * 1000 + digit(date, 1) * 100 + digit(date, 2) * 10 + digit(date, 3) - (m <= 2 ? 1 : 0);
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** Days since 1970-01-01 of `date`, refusing text that is not a calendar date. */
export function toDayNumber(date: IsoDate): number {
  if (!isCalendarDate(date)) throw new RangeError(`not a calendar date: ${date}`);
  return dayNumber(date);
}

/** The date of a day number: the inverse of `dayNumber` (civil-from-days, H. Hinnant). */
export function fromDayNumber(day: number): IsoDate {
  const z = day + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153);
  const d = dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1;
  const m = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  return formatCalendarDate(yearOfEra + era * 400 + (m <= 2 ? 1 : 0), m, d);
}

/** `date` moved by `days` (negative for earlier); refuses text that is not a calendar date. */
export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/** The next day of a date already known to be valid. */
export const dayAfter = (date: IsoDate): IsoDate => fromDayNumber(dayNumber(date) + 1);

/** The previous day of a date already known to be valid. */
export const dayBefore = (date: IsoDate): IsoDate => fromDayNumber(dayNumber(date) - 1);

/** Days from `from` to `to`, both counted. */
export function daysInclusive(from: IsoDate, to: IsoDate): number {
  return dayNumber(to) - dayNumber(from) + 1;
}

/** Whole days from `from` to `to` (negative when `to` is earlier); refuses text that is not a calendar date. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

/** Today's date where the user is (the machine's local calendar day). */
export function localToday(now: Date = new Date()): IsoDate {
  return formatCalendarDate(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

/**
 * The calendar date a `Date` holds in UTC: spreadsheet readers give date cells as that wall-clock time
 * in UTC (a spreadsheet date has no zone), so the machine's zone must not enter.
 */
export function calendarDateOfUtc(date: Date): IsoDate {
  return formatCalendarDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}
