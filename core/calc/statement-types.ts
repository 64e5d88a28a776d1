import type { Language } from '../util/language.js';
import type { IsoDate } from '../dates/calendar-date.js';
import type { AllocationRule } from './allocation.js';
import type { PaymentOrderName } from './payment-order.js';
import type { Cents } from '../money/cents.js';

/** Every amount is in cents; rates are decimal fractions as text ("0.05175"). */
export interface StatementRow {
  claim: string;
  principal: Cents;
  from: IsoDate;
  to: IsoDate;
  days: number;
  rate: string;
  rateUnit: 'day' | 'year';
  basis: 365 | 360 | null;
  rateNote: string;
  charge: Cents;
}

/** The fixed sum under the Late Payment of Commercial Debts (Interest) Act 1998 s.5A, once per debt. */
export interface CompensationRow {
  claim: string;
  amount: Cents;
}

export interface PaymentAllocation {
  /** Its position in the case's payments (limitation reads which claims it went to: 诉讼时效规定 第14条). */
  payment: number;
  date: IsoDate;
  amount: Cents;
  /** The claim the payment named, if any. */
  claim: string | null;
  /** Why it went where it did: named by the debtor (designated), by the creditor, or by the law's default order. */
  rule: AllocationRule;
  /** The claims it reached, in the order it reached them (the debts whose limitation it interrupts). */
  debts: string[];
  applied: { claim: string; head: 'costs' | 'charges' | 'principal'; amount: Cents }[];
  unapplied: Cents;
}

export interface ClaimSummary {
  id: string;
  dueDate: IsoDate;
  amount: Cents;
  principalPaid: Cents;
  outstanding: Cents;
  lateCharge: Cents;
  lateChargePaid: Cents;
  compensation: Cents;
  compensationPaid: Cents;
  total: Cents;
  /** Nothing of this claim is owed any more (its total is zero). */
  settled: boolean;
}

export interface Statement {
  currency: string;
  asOf: IsoDate;
  lateChargeKind: string;
  /** The order payments were applied in (core/calc/payment-order.ts). */
  paymentOrder: PaymentOrderName;
  /** Sum of the claims as agreed. */
  principal: Cents;
  /** Sum of payments dated on or before asOf. */
  paid: Cents;
  /** Principal still owed after payments were applied (民法典 第561条). */
  outstanding: Cents;
  /** Sum of the charge column of `statement` (every line already rounded). */
  lateCharge: Cents;
  lateChargePaid: Cents;
  lateChargeOutstanding: Cents;
  compensation: Cents;
  compensationOutstanding: Cents;
  /** What is owed on asOf: outstanding + lateChargeOutstanding + compensationOutstanding. */
  total: Cents;
  /** The total in the words of the case's letters (人民币…元整, or English words). */
  totalInWords: string | null;
  /** The language of those words, so that a screen in the other language can say they are there instead. */
  wordsLanguage: Language;
  /** Paid beyond everything owed (never negative). */
  credit: Cents;
  /** Nothing is owed any more (the total is zero). */
  settled: boolean;
  statement: StatementRow[];
  compensationRows: CompensationRow[];
  payments: PaymentAllocation[];
  claims: ClaimSummary[];
  warnings: string[];
}
