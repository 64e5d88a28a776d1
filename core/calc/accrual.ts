import { Dec } from '../money/decimal.js';
import { roundToCent } from '../money/money.js';
import { daysInclusive } from './day-math.js';
import type { RatePeriod } from './rate-periods.js';

/** One line of the statement: a principal over a rate period, and the charge shown (rounded to the cent). */
export interface ChargeLine {
  claim: string;
  principal: Dec;
  period: RatePeriod;
  days: number;
  charge: Dec;
}

/**
 * The charge on `principal` for one period: principal × rate × days for a daily rate, principal × rate × days
 * ÷ basis for an annual one (simple interest). Computed exactly, then rounded half-up to the cent once, here,
 * because this is the figure the statement shows.
 */
export function chargeFor(principal: Dec, period: RatePeriod): { days: number; charge: Dec } {
  const days = daysInclusive(period.from, period.to); // charges run up to and including the last day
  const perDays = principal.times(period.rate).times(days);
  const exact = period.unit === 'day' ? perDays : perDays.dividedBy(period.basis!);
  return { days, charge: roundToCent(exact) };
}

export function chargeLines(claim: string, principal: Dec, periods: readonly RatePeriod[]): ChargeLine[] {
  if (principal.isZero()) return [];
  return periods.map((period) => {
    const { days, charge } = chargeFor(principal, period);
    return { claim, principal, period, days, charge };
  });
}

export const sumCharges = (lines: readonly ChargeLine[]): Dec => lines.reduce((t, l) => t.plus(l.charge), new Dec(0));
