import type { CaseFile } from '../case/schema.js';
import type { Statement } from '../calc/statement-types.js';
import { enforcementFee, FeesCurrencyError, feesOnClaim, type FeeOn } from './claim-fees.js';
import { courtFees, type CourtFees } from './court-fees.js';
import { filingClaimTotal } from './filing-context.js';
import { preservedAmount } from './preservation-context.js';

/** What the filings of a case cost on `statement.asOf`, under 诉讼费用交纳办法; every figure in cents. */
export interface FilingFees {
  /** 诉讼请求金额: what the complaint claims (filingClaimTotal), and the fees worked on it (zero when nothing is claimed). */
  claim: { amount: bigint; caseFee: bigint; summaryProcedure: bigint; paymentOrder: bigint };
  /** Nothing is claimed (the case is fully paid): no suit, no 支付令 and no 保全, so none of their fees. */
  nothingToClaim: boolean;
  /** 申请保全费 (第14条 第2项) on the value the case asks to preserve, else on the claim; null when nothing is claimed. */
  preservation: FeeOn | null;
  /** 申请执行费 (第14条 第1项) on what the judgment still orders paid, where the case holds a judgment. */
  enforcement: FeeOn | null;
  rounding: CourtFees['rounding'];
}

/**
 * The fees of each filing the case could make: the suit's on what the complaint claims, the preservation's on
 * the value preserved, the enforcement's on the judgment's unpaid money debt, its doubled interest to the day
 * (民事诉讼法 第264条) and the costs it makes the debtor bear.
 */
export function filingFees(data: CaseFile, statement: Statement): FilingFees {
  if (data.currency !== 'CNY') throw new FeesCurrencyError(data.currency);
  const claimed = filingClaimTotal(data, statement);
  const { nothingToClaim, fees: onClaim } = feesOnClaim(claimed);
  const preservation = data.filing?.preservation;
  const preserved = preservation ? preservedAmount(preservation, claimed) : claimed;
  return {
    claim: {
      amount: claimed,
      caseFee: onClaim.caseFee,
      summaryProcedure: onClaim.summaryProcedure,
      paymentOrder: onClaim.paymentOrder,
    },
    nothingToClaim,
    preservation: nothingToClaim ? null : { amount: preserved, fee: courtFees(preserved).preservation },
    enforcement: enforcementFee(data, statement.asOf),
    rounding: onClaim.rounding,
  };
}
