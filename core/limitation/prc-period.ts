import type { IsoDate } from '../dates/calendar-date.js';
import { shiftPastRestDays } from '../dates/cn-calendar.js';
import { addMonthsCorresponding } from '../dates/period-end.js';
import type { LimitationNote } from './types.js';

export interface PeriodEnd {
  date: IsoDate;
  notes: readonly LimitationNote[];
}

/**
 * The last day of a period of `months` that starts running after `start`: the start day is not counted
 * (民法典 第201条), the corresponding day of the last month ends it (第202条), moved past a statutory
 * holiday or rest day (第203条). Notes say when it moved, or when the holiday calendar does not cover it.
 */
export function prcPeriodEnd(start: IsoDate, months: number): PeriodEnd {
  let byStart = memo.get(months);
  if (!byStart) memo.set(months, (byStart = new Map()));
  let end = byStart.get(start);
  if (!end) byStart.set(start, (end = computePeriodEnd(start, months)));
  return end;
}

// The calendar is fixed while the program runs, so each (months, start) is computed once.
const memo = new Map<number, Map<IsoDate, PeriodEnd>>();

function computePeriodEnd(start: IsoDate, months: number): PeriodEnd {
  const shifted = shiftPastRestDays(addMonthsCorresponding(start, months));
  const notes: LimitationNote[] = [];
  if (shifted.movedFrom) notes.push({ code: 'moved-past-holiday', from: shifted.movedFrom, to: shifted.date }); // 第203条
  if (shifted.uncovered.length > 0) notes.push({ code: 'no-holiday-notice', years: shifted.uncovered });
  return { date: shifted.date, notes };
}
