import { addDays, type IsoDate } from '../dates/calendar-date.js';
import type { Act } from './acts.js';
import { addYearsCorresponding } from '../dates/period-end.js';
import type { DebtGroup, DebtLimitation } from './types.js';

/**
 * England and Wales: six years from the day the cause of action accrued (Limitation Act 1980 s.5), the day
 * after the due date, that day not counted (so the period ends on its sixth anniversary). A written
 * acknowledgment or a part payment makes the right accrue afresh on its date (s.29(5)), but not once the
 * period has run out (s.29(7)). Demands do not restart time. Issuing the claim stops it.
 */
export function englishLimitation(group: DebtGroup, acts: readonly Act[], guarantor: boolean): DebtLimitation {
  const accrued = addDays(group.dueDate, 1);
  let end: IsoDate = addYearsCorresponding(accrued, 6);
  let basis = `debt due ${group.dueDate} (${group.label}), cause of action accrued ${accrued}; six years (Limitation Act 1980 s.5)`;
  const notes: string[] = [];
  if (guarantor)
    notes.push(
      'a guarantor’s liability may accrue only on a demand under the guarantee: shown as for the principal debt (the earlier, safer date)',
    );
  for (const act of acts) {
    if (act.date < group.dueDate) continue;
    if (act.kind === 'suit' && act.date <= end)
      return { expiresOn: null, basis: `${act.source}: claim issued ${act.date}, within the period; time stops running`, notes };
    if (act.kind !== 'acknowledgment' && act.kind !== 'payment') continue;
    if (act.date > end) {
      notes.push(
        `${act.source} on ${act.date} came after the period ended on ${end}: it cannot revive the claim (Limitation Act 1980 s.29(7))`,
      );
      continue;
    }
    end = addYearsCorresponding(act.date, 6);
    const what = act.kind === 'payment' ? 'part payment' : 'written acknowledgment';
    basis = `${act.source}: ${what} ${act.date}; the right accrues afresh, six years (Limitation Act 1980 s.29(5))`;
  }
  return { expiresOn: end, basis, notes };
}
