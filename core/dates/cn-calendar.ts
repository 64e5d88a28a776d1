import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../project-root.js';
import { addDays, type IsoDate } from './calendar-date.js';
import { HolidayDataError } from './errors.js';
import { statutoryDaysOff } from './cn-statutory-holidays.js';
import { isWeekend } from './weekday.js';

interface CnHolidayFile {
  years: { year: number; notice: string; holidays: [IsoDate, IsoDate, string][]; workdays: IsoDate[] }[];
}

interface CnCalendar {
  years: Set<number>;
  holidays: Map<IsoDate, string>;
  workdays: Set<IsoDate>;
}

let calendar: CnCalendar | undefined;

function load(): CnCalendar {
  const file = join(PROJECT_ROOT, 'data', 'cn-holidays.json');
  let raw: CnHolidayFile;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8')) as CnHolidayFile;
  } catch (error) {
    throw new HolidayDataError(`${file}: cannot read the holiday calendar (${(error as Error).message})`);
  }
  const result: CnCalendar = { years: new Set(), holidays: new Map(), workdays: new Set() };
  for (const year of raw.years) {
    result.years.add(year.year);
    for (const [from, to, name] of year.holidays)
      for (let day = from; day <= to; day = addDays(day, 1)) result.holidays.set(day, name);
    for (const day of year.workdays) result.workdays.add(day);
  }
  return result;
}

function cnCalendar(): CnCalendar {
  calendar ??= load();
  return calendar;
}

/** True when the calendar holds the State Council's notice for the year of `date`. */
export function cnCalendarCovers(date: IsoDate): boolean {
  return cnCalendar().years.has(Number(date.slice(0, 4)));
}

/**
 * A statutory holiday or a weekend day that was not made a working day (调休上班). In a year without the State
 * Council's notice, the days off the law itself fixes and weekends.
 */
export function isCnRestDay(date: IsoDate): boolean {
  const { years, holidays, workdays } = cnCalendar();
  if (holidays.has(date)) return true;
  if (workdays.has(date)) return false;
  if (!years.has(Number(date.slice(0, 4))) && statutoryDaysOff(Number(date.slice(0, 4))).has(date)) return true;
  return isWeekend(date);
}

export interface ShiftedDay {
  date: IsoDate;
  /** The day the period would have ended on, when it fell on a rest day. */
  movedFrom: IsoDate | null;
  /** Years that the calendar does not cover: only weekends and the days the law fixes were considered there. */
  uncovered: number[];
}

/** 民法典 第203条: a last day on a statutory holiday/rest day moves to the day after the holiday ends. */
export function shiftPastRestDays(lastDay: IsoDate): ShiftedDay {
  let date = lastDay;
  const uncovered = new Set<number>();
  for (;;) {
    if (!cnCalendarCovers(date)) uncovered.add(Number(date.slice(0, 4)));
    if (!isCnRestDay(date)) break;
    date = addDays(date, 1);
  }
  return { date, movedFrom: date === lastDay ? null : lastDay, uncovered: [...uncovered] };
}
