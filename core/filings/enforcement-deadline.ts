import type { IsoDate } from '../dates/calendar-date.js';
import { shiftPastRestDays } from '../dates/cn-calendar.js';
import { addYearsCorresponding } from '../dates/period-end.js';

/** What a judgment (or 调解书, 仲裁裁决) says about when it must be performed. */
export interface JudgmentTerms {
  /** The day the document took legal effect. */
  effectiveOn: IsoDate;
  /** The last day of the performance period it sets, or of its last instalment; null where it sets none. */
  performanceLastDay: IsoDate | null;
}

/** The last day to apply for enforcement, and what it was counted from. */
export interface EnforcementDeadline {
  /** 民事诉讼法 第250条. */
  rule: 'enforcement-two-years';
  /** The day the two years run from: the performance period's last day, else the effective day. */
  countedFrom: IsoDate;
  lastDay: IsoDate;
  /** The corresponding day, where it fell on a rest day and the last day moved (民法典 第203条). */
  movedFrom: IsoDate | null;
  /** Years the holiday calendar does not cover: only weekends and the days off the law fixes were considered there. */
  uncoveredYears: number[];
}

/**
 * 民事诉讼法 第250条: two years from the last day of the performance period (of the last instalment), or from
 * the day the document took effect where it sets no period; the start day is not counted (民法典 第201条) and a
 * last day on a rest day moves past it (第203条). Suspension and interruption (same article, 第2句) are the
 * limitation rules' and are not applied here.
 */
export function enforcementDeadline(terms: JudgmentTerms): EnforcementDeadline {
  const countedFrom = terms.performanceLastDay ?? terms.effectiveOn;
  const shifted = shiftPastRestDays(addYearsCorresponding(countedFrom, 2));
  return {
    rule: 'enforcement-two-years',
    countedFrom,
    lastDay: shifted.date,
    movedFrom: shifted.movedFrom,
    uncoveredYears: shifted.uncovered,
  };
}
