import { roundHalfUp } from '../money/cents.js';
import { CASE_FEE, ENFORCEMENT_FEE, PRESERVATION_FEE, type FeeSchedule } from './fee-bands.js';

/**
 * The court fees a money claim of this amount costs under 诉讼费用交纳办法, each in cents. Every fee is worked
 * exactly in hundredths of a cent and rounded to the cent once, halves up (`rounding: 'cent-half-up'`); a halved
 * or one-third fee is taken from the exact full fee, not from the rounded one.
 */
export interface CourtFees {
  /** 案件受理费, 第13条 第1项. */
  caseFee: bigint;
  /** 简易程序: half the case fee, 第16条 (also what mediation or withdrawal costs, 第15条). */
  summaryProcedure: bigint;
  /** 申请支付令: one third of the case fee, 第14条 第3项. */
  paymentOrder: bigint;
  /** 申请保全 of property worth the same amount, capped at 5,000 元, 第14条 第2项. */
  preservation: bigint;
  /** 申请执行 of a judgment for the same amount, 第14条 第1项. */
  enforcement: bigint;
  rounding: 'cent-half-up';
}

/** The fees for a claim of `amount` cents (zero or more). */
export function courtFees(amount: bigint): CourtFees {
  if (amount < 0n) throw new RangeError('a claim amount cannot be negative');
  const caseFee = exactFee(CASE_FEE, amount);
  return {
    caseFee: toCents(caseFee),
    summaryProcedure: roundHalfUp(caseFee, 2n * EXACT),
    paymentOrder: roundHalfUp(caseFee, 3n * EXACT),
    preservation: toCents(exactFee(PRESERVATION_FEE, amount)),
    enforcement: toCents(exactFee(ENFORCEMENT_FEE, amount)),
    rounding: 'cent-half-up',
  };
}

/** Fees are worked in cents × 10,000 so that every basis-point share of a band is a whole number. */
const EXACT = 10_000n;

function exactFee(schedule: FeeSchedule, amount: bigint): bigint {
  let fee = schedule.minimum * EXACT;
  let bottom = schedule.minimumUpTo;
  for (const band of schedule.bands) {
    if (amount <= bottom) break;
    const top = band.upTo === null || amount < band.upTo ? amount : band.upTo;
    fee += (top - bottom) * band.basisPoints;
    bottom = top;
  }
  return schedule.cap !== undefined && fee > schedule.cap * EXACT ? schedule.cap * EXACT : fee;
}

function toCents(exact: bigint): bigint {
  return roundHalfUp(exact, EXACT);
}
