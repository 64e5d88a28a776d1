import type { CaseFile } from '../case/schema.js';
import { chargeNature } from './charge-nature.js';
import { CHARGES_AS_INTEREST, PENALTY_AFTER_PRINCIPAL, type Head, type Spread } from './allocation.js';

/**
 * Which order the statement applied payments in, for letters and screens to name:
 * - `prc-560-561`: 民法典 第560条 across debts, 第561条 within one (费用 → 利息 → 主债务), the late charge as 利息;
 * - `prc-560-561-penalty-last`: the same, but an agreed 违约金 is not 利息 and comes after the principal;
 * - `english-appropriation`: the debtor's appropriation, else the creditor's, else oldest first (Clayton's Case);
 * - `us-oldest-first`: as the debtor designated, else the oldest debt first; within a debt interest before principal
 *   (the "United States Rule", Story v. Livingston, 38 U.S. 359 (1839)).
 */
export type PaymentOrderName = 'prc-560-561' | 'prc-560-561-penalty-last' | 'english-appropriation' | 'us-oldest-first';

export interface PaymentOrder {
  name: PaymentOrderName;
  spread: Spread;
  within: readonly Head[];
}

export function paymentOrder(data: CaseFile): PaymentOrder {
  if (data.locale === 'en-GB')
    // Absent the debtor's appropriation the creditor may appropriate (Cory Bros v Owners of the Mecca [1897] AC 286);
    // CasePack, acting for the creditor, takes the fixed sum and interest first, then the oldest debt first.
    return { name: 'english-appropriation', spread: 'oldest-first', within: CHARGES_AS_INTEREST };
  if (data.locale === 'en-US') return { name: 'us-oldest-first', spread: 'oldest-first', within: CHARGES_AS_INTEREST };
  // 民法典 第561条: courts differ on whether a 违约金 is 利息; the case decides, by default it is (docs/calculations.md).
  const penaltyLast = data.allocation?.penaltyAsInterest === false && chargeNature(data.lateCharge) === 'penalty';
  return penaltyLast
    ? { name: 'prc-560-561-penalty-last', spread: 'prc-560', within: PENALTY_AFTER_PRINCIPAL }
    : { name: 'prc-560-561', spread: 'prc-560', within: CHARGES_AS_INTEREST };
}
