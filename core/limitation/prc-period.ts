import type { IsoDate } from '../dates/calendar-date.js';
import { shiftPastRestDays } from '../dates/cn-calendar.js';
import { addMonthsCorresponding } from '../dates/period-end.js';
import type { LimitationWording } from './wording.js';

/**
 * The last day of a period of `months` that starts running after `start`: the start day is not counted
 * (民法典 第201条), the corresponding day of the last month ends it (第202条), moved past a statutory
 * holiday or rest day (第203条). Notes say when it moved, or when the holiday calendar does not cover it.
 */
export function prcPeriodEnd(
  start: IsoDate,
  months: number,
  words: LimitationWording,
): { date: IsoDate; notes: readonly string[] } {
  let byMonths = memo.get(words);
  if (!byMonths) memo.set(words, (byMonths = new Map()));
  let byStart = byMonths.get(months);
  if (!byStart) byMonths.set(months, (byStart = new Map()));
  let end = byStart.get(start);
  if (!end) byStart.set(start, (end = computePeriodEnd(start, months, words)));
  return end;
}

// The calendar is fixed while the program runs, so each (language, months, start) is computed once.
const memo = new Map<LimitationWording, Map<number, Map<IsoDate, { date: IsoDate; notes: readonly string[] }>>>();

function computePeriodEnd(start: IsoDate, months: number, words: LimitationWording) {
  const shifted = shiftPastRestDays(addMonthsCorresponding(start, months));
  const notes: string[] = [];
  if (shifted.movedFrom) notes.push(words.movedPastHoliday(shifted.movedFrom, shifted.date)); // 民法典 第203条
  if (shifted.uncovered.length > 0) notes.push(words.noHolidayNotice(shifted.uncovered));
  return { date: shifted.date, notes };
}
