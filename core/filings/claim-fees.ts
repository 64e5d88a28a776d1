import { computeStatement } from '../calc/statement.js';
import type { CaseFile } from '../case/schema.js';
import { CasePackError } from '../errors.js';
import type { IsoDate } from '../dates/calendar-date.js';
import { courtFees, type CourtFees } from './court-fees.js';
import { filingClaimTotal } from './filing-context.js';
import { enforcementAmount, inForceOn } from './judgment-context.js';
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

/** The fees of suing for an amount; where nothing is claimed there is no suit, so no fee (not even 第13条's 50 元 minimum). */
export interface FeesOnClaim {
  /** What the suit would claim, in cents. */
  amount: bigint;
  /** Nothing is claimed (the case is fully paid): every fee is zero and the callers say so instead of a table. */
  nothingToClaim: boolean;
  fees: CourtFees;
}

/** A fee and the amount it is worked on, in cents. */
export interface FeeOn {
  amount: bigint;
  fee: bigint;
}

export interface ClaimFees extends FeesOnClaim {
  asOf: IsoDate;
  /** 申请执行费 on what the case's judgment still orders paid, not on the claim; null without a judgment. */
  enforcement: FeeOn | null;
  /**
   * The case's judgment is in force on `asOf`: the debt is decided and may not be sued on again (民事诉讼法 第127条
   * 第5项), so the suit's fees are not the next step; only `enforcement` is (诉讼费用交纳办法 第14条 第1项).
   */
  judgmentInForce: boolean;
}

const NO_FEES: CourtFees = {
  caseFee: 0n,
  summaryProcedure: 0n,
  paymentOrder: 0n,
  preservation: 0n,
  enforcement: 0n,
  rounding: 'cent-half-up',
};

/** The court fees of claiming `amount` cents: none when nothing is claimed, else 诉讼费用交纳办法 第13–16条. */
export function feesOnClaim(amount: bigint): FeesOnClaim {
  const nothingToClaim = amount === 0n;
  return { amount, nothingToClaim, fees: nothingToClaim ? NO_FEES : courtFees(amount) };
}

/**
 * The fees of suing for what the case shows as owed on `asOf` (诉讼请求金额 暂计至 that day): everything owed
 * (principal, late charges, fixed sums) and the costs of enforcing the claim; nothing for a case fully paid.
 */
export function feesForCase(data: CaseFile, asOf: IsoDate): ClaimFees {
  if (data.currency !== 'CNY') throw new FeesCurrencyError(data.currency);
  const onClaim = feesOnClaim(filingClaimTotal(data, computeStatement(data, asOf)));
  const judgment = data.filing?.judgment;
  return {
    ...onClaim,
    asOf,
    enforcement: enforcementFee(data, asOf),
    judgmentInForce: judgment !== undefined && inForceOn(judgment, asOf),
  };
}

/** 申请执行费 on what the case's judgment still orders paid on `asOf`; null where the case holds no judgment. */
export function enforcementFee(data: CaseFile, asOf: IsoDate): FeeOn | null {
  const judgment = data.filing?.judgment;
  if (!judgment) return null;
  const amount = enforcementAmount(judgment, asOf);
  return { amount, fee: courtFees(amount).enforcement };
}

/**
 * The County Court issue fee (Civil Proceedings Fees Order 2008, Sch. 1 fee 1.1) on what particulars of claim
 * issued on `asOf` claim: the outstanding sum, interest to that day and any fixed sums, as the particulars state them.
 */
export function issueFeeForCase(data: CaseFile, asOf: IsoDate): IssueFee {
  const claim = particularsCase(data);
  return ukIssueFee(computeStatement(claim, asOf).total, asOf);
}
