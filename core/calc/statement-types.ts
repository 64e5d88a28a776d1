import type { IsoDate } from '../dates/calendar-date.js';
import type { AllocationRule } from './allocation.js';
import type { PaymentOrderName } from './payment-order.js';

/** Every amount is a decimal string with two places ("1409.50"); rates are decimal fractions ("0.05175"). */
export interface StatementRow {
  claim: string;
  principal: string;
  from: IsoDate;
  to: IsoDate;
  days: number;
  rate: string;
  rateUnit: 'day' | 'year';
  basis: 365 | 360 | null;
  rateNote: string;
  charge: string;
}

/** The fixed sum under the Late Payment of Commercial Debts (Interest) Act 1998 s.5A, once per debt. */
export interface CompensationRow {
  claim: string;
  amount: string;
}

export interface PaymentAllocation {
  /** Its position in the case's payments (limitation reads which claims it went to: 诉讼时效规定 第14条). */
  payment: number;
  date: IsoDate;
  amount: string;
  /** The claim the payment named, if any. */
  claim: string | null;
  /** Why it went where it did: named by the debtor (designated), by the creditor, or by the law's default order. */
  rule: AllocationRule;
  /** The claims it reached, in the order it reached them (the debts whose limitation it interrupts). */
  debts: string[];
  applied: { claim: string; head: 'costs' | 'charges' | 'principal'; amount: string }[];
  unapplied: string;
}

export interface ClaimSummary {
  id: string;
  dueDate: IsoDate;
  amount: string;
  principalPaid: string;
  outstanding: string;
  lateCharge: string;
  lateChargePaid: string;
  compensation: string;
  compensationPaid: string;
  total: string;
}

export interface Statement {
  currency: string;
  asOf: IsoDate;
  lateChargeKind: string;
  /** The order payments were applied in (core/calc/payment-order.ts). */
  paymentOrder: PaymentOrderName;
  /** Sum of the claims as agreed. */
  principal: string;
  /** Sum of payments dated on or before asOf. */
  paid: string;
  /** Principal still owed after payments were applied (民法典 第561条). */
  outstanding: string;
  /** Sum of the charge column of `statement` (every line already rounded). */
  lateCharge: string;
  lateChargePaid: string;
  lateChargeOutstanding: string;
  compensation: string;
  compensationOutstanding: string;
  /** What is owed on asOf: outstanding + lateChargeOutstanding + compensationOutstanding. */
  total: string;
  totalInWords: string | null;
  /** Paid beyond everything owed (never negative). */
  credit: string;
  statement: StatementRow[];
  compensationRows: CompensationRow[];
  payments: PaymentAllocation[];
  claims: ClaimSummary[];
  warnings: string[];
}
