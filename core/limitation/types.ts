import type { IsoDate } from '../dates/calendar-date.js';

/** Limitation for one debtor: the date that matters first, and why. */
export interface LimitationEntry {
  party: number;
  name: string;
  role: 'debtor' | 'guarantor';
  /** The last day to act; null while proceedings run, or when no rule applies. */
  expiresOn: IsoDate | null;
  /** The event that set the date, in words a reader can check. */
  basis: string;
  /** True when expiresOn is less than 90 days after the as-of date, or already past. */
  warning: boolean;
  daysLeft: number | null;
  /** One line per debt (claim or instalment group) when there are several, and calendar notes. */
  notes: string[];
}

/** A debt whose limitation runs as one: a claim, or the instalments sharing `instalmentOf` (民法典 第189条). */
export interface DebtGroup {
  label: string;
  claims: string[];
  /** The due date that starts the period: the last instalment's. */
  dueDate: IsoDate;
}

/** One result per debt, before the earliest is chosen for the debtor. */
export interface DebtLimitation {
  expiresOn: IsoDate | null;
  basis: string;
  notes: readonly string[];
}

/** For English cases: when a posted letter is deemed served, and when the Protocol's reply period ends. */
export interface ServiceEntry {
  mailing: string;
  party: number;
  sentOn: IsoDate;
  deemedServed: IsoDate;
  replyBy: IsoDate;
}
