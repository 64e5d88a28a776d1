import { computeStatement } from '../calc/statement.js';
import type { CaseFile } from '../case/schema.js';
import { CasePackError } from '../errors.js';
import type { IsoDate } from '../dates/calendar-date.js';
import { courtFees, type CourtFees } from './court-fees.js';
import { filingClaimTotal } from './filing-context.js';
import { particularsCase } from './particulars-context.js';
import { ukIssueFee, type IssueFee } from './uk-issue-fee.js';

/** Court fees are those of PRC courts; a case in another currency has none to compute here. */
export class FeesCurrencyError extends CasePackError {
  override name = 'FeesCurrencyError';
  readonly code = 'fees.currency';
  constructor(readonly currency: string) {
    super(`court fees are computed for claims in CNY under 诉讼费用交纳办法; this case is in ${currency}`);
  }
  get params() {
    return { currency: this.currency };
  }
}

export interface ClaimFees {
  /** What the suit would claim: everything owed on `asOf` (principal, late charges, fixed sums) and the costs of enforcing the claim, in cents. */
  amount: bigint;
  asOf: IsoDate;
  fees: CourtFees;
}

/** The fees of suing for what the case shows as owed on `asOf` (诉讼请求金额 暂计至 that day). */
export function feesForCase(data: CaseFile, asOf: IsoDate): ClaimFees {
  if (data.currency !== 'CNY') throw new FeesCurrencyError(data.currency);
  const amount = filingClaimTotal(data, computeStatement(data, asOf));
  return { amount, asOf, fees: courtFees(amount) };
}

/**
 * The County Court issue fee (Civil Proceedings Fees Order 2008, Sch. 1 fee 1.1) on what particulars of claim
 * issued on `asOf` claim: the outstanding sum, interest to that day and any fixed sums, as the particulars state them.
 */
export function issueFeeForCase(data: CaseFile, asOf: IsoDate): IssueFee {
  const claim = particularsCase(data);
  return ukIssueFee(computeStatement(claim, asOf).total, asOf);
}
