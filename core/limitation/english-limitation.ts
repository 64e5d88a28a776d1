import { addDays, type IsoDate } from '../dates/calendar-date.js';
import { addYearsCorresponding } from '../dates/period-end.js';
import type { RuleCode } from './rules.js';
import type { Act, DebtLimitation, LimitationEvent, LimitationNote } from './types.js';

/**
 * England and Wales, for one debt: six years from the day the cause of action accrued (Limitation Act 1980 s.5),
 * the day after the due date, that day not counted (so the period ends on its sixth anniversary). A written
 * acknowledgment or a part payment of that debt makes the right accrue afresh on its date (s.29(5)), but not
 * once the period has run out (s.29(7)). Demands do not restart time. Issuing the claim stops it.
 */
export function englishLimitation(start: IsoDate, acts: readonly Act[], guarantor: boolean): DebtLimitation {
  let end: IsoDate = addYearsCorresponding(addDays(start, 1), 6);
  let rule: RuleCode = 'en-six-years';
  let event: LimitationEvent | null = null;
  const notes: LimitationNote[] = guarantor ? [{ code: 'en-guarantor' }] : [];
  for (const act of acts) {
    if (act.date < start) continue;
    if (act.kind === 'suit' && act.date <= end)
      return { expiresOn: null, rule: 'en-claim-issued', event: act.event, start, notes };
    if (act.kind !== 'acknowledgment' && act.kind !== 'payment') continue;
    if (act.date > end) {
      notes.push({ code: 'en-too-late', event: act.event, end }); // s.29(7)
      continue;
    }
    end = addYearsCorresponding(act.date, 6);
    rule = 'en-accrued-afresh';
    event = act.event;
  }
  return { expiresOn: end, rule, event, start, notes };
}
