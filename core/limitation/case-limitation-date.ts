import { daysBetween, type IsoDate } from '../dates/calendar-date.js';
import type { RuleCode } from './rules.js';
import type { LimitationEntry } from './types.js';

/** A date this close to the as-of date, or past, is marked (as `LimitationEntry.warning`). */
export const LIMITATION_WARN_DAYS = 90;

/** A party's last day to act that still matters for the case, and whose it is. */
export interface PartyLimitationDate {
  /** The party: a position in `debtors`. */
  party: number;
  name: string;
  role: 'debtor' | 'guarantor';
  expiresOn: IsoDate;
  /** The claim whose date this is, and the rule that set it. */
  claim: string | null;
  rule: RuleCode;
  /** Under 90 days after the as-of date, or already past. */
  warning: boolean;
}

/**
 * A party's own date, as it still matters: the earliest among the claims it can still be pursued on. A
 * guarantor is released from a claim once its guarantee period has passed without the step that keeps it
 * (民法典 第693条): the date of a released claim is the end of a guarantee that is gone, no deadline for
 * anyone, so it never counts; a guarantor released on every claim has no date. Null too while proceedings
 * run or when nothing is owed.
 */
export function partyLimitationDate(entry: LimitationEntry, asOf: IsoDate): PartyLimitationDate | null {
  if (entry.guaranteeLapsed) return null;
  let expiresOn = entry.claims.length === 0 ? entry.expiresOn : null;
  let claim = entry.claim;
  let rule = entry.rule;
  for (const c of entry.claims)
    if (!c.released && c.expiresOn !== null && (expiresOn === null || c.expiresOn < expiresOn)) ({ expiresOn, claim, rule } = c);
  if (expiresOn === null) return null;
  const { party, name, role } = entry;
  return { party, name, role, expiresOn, claim, rule, warning: daysBetween(asOf, expiresOn) < LIMITATION_WARN_DAYS };
}

/**
 * The one limitation date of a case, for the cases list, the desk and the command line: the earliest among
 * the parties that can still be pursued (`partyLimitationDate`). That is the debtor's limitation end unless
 * a guarantor still liable must be acted on sooner, and then it says it is the guarantor's. A guarantor whose
 * guarantee has lapsed never sets it, however early its date (民法典 第693条). Null when no party has a date
 * running (all paid, proceedings under way, every party released).
 */
export function caseLimitationDate(entries: readonly LimitationEntry[], asOf: IsoDate): PartyLimitationDate | null {
  let soonest: PartyLimitationDate | null = null;
  for (const entry of entries) {
    const date = partyLimitationDate(entry, asOf);
    if (
      date &&
      (soonest === null ||
        date.expiresOn < soonest.expiresOn ||
        (date.expiresOn === soonest.expiresOn && outranks(date, soonest)))
    )
      soonest = date;
  }
  return soonest;
}

/** On the same day, a debtor's date is the one named rather than a guarantor's. */
const outranks = (a: PartyLimitationDate, b: PartyLimitationDate) => a.role === 'debtor' && b.role !== 'debtor';
