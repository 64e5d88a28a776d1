import { dayAfter, daysBetween, type IsoDate } from '../dates/calendar-date.js';
import { roundHalfUp } from '../money/cents.js';

/** A payment made under the judgment after its performance period ended. */
export interface LatePerformance {
  date: IsoDate;
  /** Cents; applied to the money debt first (迟延履行利息解释 第4条). */
  amount: bigint;
}

/** One stretch over which the unpaid money debt stayed the same. */
export interface DoubledInterestLine {
  /** First and last day counted, both included. */
  from: IsoDate;
  to: IsoDate;
  days: number;
  /** The unpaid money debt over the stretch, in cents. */
  unpaid: bigint;
}

export interface DoubledInterest {
  rule: 'doubled-interest';
  lines: DoubledInterestLine[];
  /** Σ unpaid × 1.75‱ × days, rounded to the cent once, halves up. */
  amount: bigint;
  /** The money debt still unpaid on `until`, in cents. */
  unpaid: bigint;
}

/** 日万分之一点七五 (迟延履行利息解释 第1条 第3款) as a fraction: 175 / 1,000,000 a day. */
const RATE_NUMERATOR = 175n;
const RATE_DENOMINATOR = 1_000_000n;

/**
 * 加倍部分债务利息 on a money debt of `debt` cents (the judgment's sum, without its ordinary interest), from the
 * day after `performanceLastDay` (第2条) to `until` or the day each part was paid (第3条), payments going to
 * the debt before this interest (第4条). Days before `performanceLastDay` are never counted.
 */
export function doubledInterest(
  debt: bigint,
  performanceLastDay: IsoDate,
  until: IsoDate,
  payments: readonly LatePerformance[] = [],
): DoubledInterest {
  const lines: DoubledInterestLine[] = [];
  const paidInTime = payments.filter((p) => p.date <= performanceLastDay).reduce((sum, p) => sum + p.amount, 0n);
  let unpaid = debt > paidInTime ? debt - paidInTime : 0n;
  let counted = performanceLastDay; // the last day already counted
  let exact = 0n;
  const late = payments.filter((p) => p.date > performanceLastDay && p.date <= until).sort(byDate);
  for (const stop of [...late, { date: until, amount: 0n }]) {
    if (unpaid > 0n && stop.date > counted) {
      const days = daysBetween(counted, stop.date);
      lines.push({ from: dayAfter(counted), to: stop.date, days, unpaid });
      exact += unpaid * RATE_NUMERATOR * BigInt(days);
      counted = stop.date;
    }
    unpaid = unpaid > stop.amount ? unpaid - stop.amount : 0n;
  }
  return { rule: 'doubled-interest', lines, amount: roundHalfUp(exact, RATE_DENOMINATOR), unpaid };
}

const byDate = (a: LatePerformance, b: LatePerformance) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0);
