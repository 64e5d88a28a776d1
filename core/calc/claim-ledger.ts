import type { Claim, LateCharge } from '../case/schema.js';
import { parseCents } from '../money/cents.js';
import type { IsoDate } from '../dates/calendar-date.js';
import type { Language } from '../util/language.js';
import { addChargeRows } from './accrual.js';
import type { AllocationPart, Head, Owed } from './allocation.js';
import { ukFixedCompensation } from './boe-base-rate.js';
import { dayAfter } from '../dates/calendar-date.js';
import { ratePeriods } from './rate-periods.js';
import type { StatementRow } from './statement-types.js';

/** One claim's running account in cents: what it still owes under each head, and the statement rows so far. */
export class ClaimLedger implements Owed {
  /** The claim's amount as agreed. */
  readonly amount: bigint;
  principal: bigint;
  charges = 0n;
  costs = 0n;
  readonly paid: Record<Head, bigint> = { costs: 0n, charges: 0n, principal: 0n };
  readonly rows: StatementRow[] = [];
  compensation = 0n;
  readonly dueDate: IsoDate;
  /** Charges run from the day after the due date. */
  readonly chargesStart: IsoDate;
  private accruedThrough: IsoDate;

  constructor(
    readonly claim: Claim,
    private readonly spec: LateCharge,
    /** The language of the rate notes. */
    private readonly language: Language,
  ) {
    this.amount = parseCents(claim.amount);
    this.principal = this.amount;
    this.dueDate = claim.dueDate;
    this.chargesStart = dayAfter(claim.dueDate);
    this.accruedThrough = claim.dueDate;
  }

  get id(): string {
    return this.claim.id;
  }

  /** Adds the charge rows up to and including `date` on the principal owed until then. */
  accrueTo(date: IsoDate): void {
    if (date <= this.accruedThrough) return;
    if (this.spec.kind === 'uk-statutory' && this.compensation === 0n && this.principal > 0n) {
      // Late Payment of Commercial Debts (Interest) Act 1998 s.5A: a fixed sum once the debt carries interest.
      this.compensation = ukFixedCompensation(this.amount);
      this.costs += this.compensation;
    }
    const periods = ratePeriods(this.spec, this.chargesStart, dayAfter(this.accruedThrough), date, this.language);
    this.charges += addChargeRows(this.rows, this.id, this.principal, periods);
    this.accruedThrough = date;
  }

  /** Nothing is owed any more under any head (a claim paid off never owes again: charges run on principal only). */
  paidOff(): boolean {
    return this.principal === 0n && this.charges === 0n && this.costs === 0n;
  }

  totalOwed(): bigint {
    return this.costs + this.charges + this.principal;
  }

  apply(part: AllocationPart): void {
    this.paid[part.head] += part.amount;
    if (part.head === 'costs') this.costs -= part.amount;
    else if (part.head === 'charges') this.charges -= part.amount;
    else this.principal -= part.amount;
  }
}
