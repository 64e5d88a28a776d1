import type { IsoDate } from '../dates/calendar-date.js';
import type { ClaimLedger } from './claim-ledger.js';
import { SkipList } from './skip-list.js';

/**
 * The claims' ledgers in the order payments reach them (due date, then case-file order), with the ones that still
 * owe anything and the ones still accruing (principal left) kept apart from those done with: a payment reads only
 * the debts it reaches and an accrual only the debts that accrue, so a case of 100,000 claims takes linear time.
 */
export class OpenLedgers {
  /** Positions whose ledger may still owe anything (a walk drops the ones found paid off: none owes again). */
  private readonly owingAt: SkipList;
  /** Positions whose ledger may still have principal, on which charges run (none gets principal back). */
  private readonly accruingAt: SkipList;
  private accruedThrough: IsoDate | null = null;

  /** `ledgers`: sorted by due date, ties in case-file order. */
  constructor(private readonly ledgers: readonly ClaimLedger[]) {
    this.owingAt = new SkipList(ledgers.length);
    this.accruingAt = new SkipList(ledgers.length);
  }

  /**
   * Brings every debt on which charges run up to `date`, as if each were brought there one by one: a debt not yet
   * due, or without principal, would add nothing. Dates come in order, as payments are applied.
   */
  accrueTo(date: IsoDate): void {
    if (this.accruedThrough !== null && date <= this.accruedThrough) return;
    const { ledgers, accruingAt } = this;
    for (let i = accruingAt.first(0); i < ledgers.length; i = accruingAt.first(i + 1)) {
      const ledger = ledgers[i]!;
      if (ledger.principal === 0n) accruingAt.drop(i);
      else if (ledger.dueDate >= date)
        break; // neither it nor any later one is due yet
      else ledger.accrueTo(date);
    }
    this.accruedThrough = date;
  }

  /** The debts that owe anything, in order, one at a time. */
  *owing(): Generator<ClaimLedger> {
    const { ledgers, owingAt } = this;
    for (let i = owingAt.first(0); i < ledgers.length; i = owingAt.first(i + 1)) {
      const ledger = ledgers[i]!;
      if (ledger.paidOff()) owingAt.drop(i);
      else yield ledger;
    }
  }
}
