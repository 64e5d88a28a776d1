import type { Claim, LateCharge } from '../case/schema.js';
import { Dec, ZERO } from '../money/decimal.js';
import type { IsoDate } from '../util/calendar-date.js';
import { chargeLines, sumCharges, type ChargeLine } from './accrual.js';
import type { AllocationPart, Head, Owed } from './allocation.js';
import { ukFixedCompensation } from './boe-base-rate.js';
import { dayAfter } from './day-math.js';
import { ratePeriods } from './rate-periods.js';

/** One claim's running account: what it still owes under each head, and the charge lines so far. */
export class ClaimLedger {
  /** The claim's amount as agreed. */
  readonly amount: Dec;
  principal: Dec;
  charges = ZERO;
  costs = ZERO;
  readonly paid: Record<Head, Dec> = { costs: ZERO, charges: ZERO, principal: ZERO };
  readonly lines: ChargeLine[] = [];
  compensation = ZERO;
  /** Charges run from the day after the due date. */
  readonly chargesStart: IsoDate;
  private accruedThrough: IsoDate;

  constructor(
    readonly claim: Claim,
    private readonly spec: LateCharge,
  ) {
    this.amount = new Dec(claim.amount);
    this.principal = this.amount;
    this.chargesStart = dayAfter(claim.dueDate);
    this.accruedThrough = claim.dueDate;
  }

  get id(): string {
    return this.claim.id;
  }

  /** Adds the charge lines up to and including `date` on the principal owed until then. */
  accrueTo(date: IsoDate): void {
    if (date <= this.accruedThrough) return;
    if (this.spec.kind === 'uk-statutory' && this.compensation.isZero() && this.principal.greaterThan(0)) {
      // Late Payment of Commercial Debts (Interest) Act 1998 s.5A: a fixed sum once the debt carries interest.
      this.compensation = ukFixedCompensation(this.amount);
      this.costs = this.costs.plus(this.compensation);
    }
    const lines = chargeLines(
      this.id,
      this.principal,
      ratePeriods(this.spec, this.chargesStart, dayAfter(this.accruedThrough), date),
    );
    this.lines.push(...lines);
    this.charges = this.charges.plus(sumCharges(lines));
    this.accruedThrough = date;
  }

  owed(): Owed {
    return { claim: this.id, costs: this.costs, charges: this.charges, principal: this.principal };
  }

  totalOwed(): Dec {
    return this.costs.plus(this.charges).plus(this.principal);
  }

  apply(part: AllocationPart): void {
    this.paid[part.head] = this.paid[part.head].plus(part.amount);
    if (part.head === 'costs') this.costs = this.costs.minus(part.amount);
    else if (part.head === 'charges') this.charges = this.charges.minus(part.amount);
    else this.principal = this.principal.minus(part.amount);
  }
}
