import { addDays, type IsoDate } from '../dates/calendar-date.js';
import { isUsBusinessDay } from '../dates/us-calendar.js';

/**
 * The end of the Reg F validation period (12 CFR §1006.34(b)(5)): 30 days after the consumer receives the
 * notice, where receipt may be assumed on the fifth day after sending, not counting Saturdays, Sundays and
 * legal public holidays (5 U.S.C. §6103(a)).
 */
export function validationPeriodEnd(sentOn: IsoDate): IsoDate {
  let day = sentOn;
  for (let counted = 0; counted < 5;) {
    day = addDays(day, 1);
    if (isUsBusinessDay(day)) counted++;
  }
  return addDays(day, 30);
}
