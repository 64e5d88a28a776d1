import { cents, roundHalfUp } from '../money/cents.js';
import { daysInclusive } from '../dates/calendar-date.js';
import type { RatePeriod } from './rate-periods.js';
import type { StatementRow } from './statement-types.js';

/**
 * The charge in cents on `principal` cents over `days` days of `period`: principal × rate × days for a daily
 * rate, principal × rate × days ÷ basis for an annual one (simple interest). Computed exactly, then rounded
 * half-up to the cent once, here, because this is the figure the statement shows.
 */
export function chargeCents(principal: bigint, period: RatePeriod, days: number): bigint {
  const { numerator, denominator } = period.rate;
  const perDays = principal * numerator * BigInt(days);
  return roundHalfUp(perDays, period.unit === 'day' ? denominator : denominator * BigInt(period.basis!));
}

/** Appends one statement row per period on `principal` (cents) to `rows`; returns the sum of their charges. */
export function addChargeRows(rows: StatementRow[], claim: string, principal: bigint, periods: readonly RatePeriod[]): bigint {
  if (principal === 0n || periods.length === 0) return 0n;
  const shownPrincipal = cents(principal);
  let total = 0n;
  for (const period of periods) {
    const days = daysInclusive(period.from, period.to); // charges run up to and including the last day
    const charge = chargeCents(principal, period, days);
    total += charge;
    rows.push({
      claim,
      principal: shownPrincipal,
      from: period.from,
      to: period.to,
      days,
      rate: period.rate.text,
      rateUnit: period.unit,
      basis: period.basis,
      rateNote: period.note,
      charge: cents(charge),
    });
  }
  return total;
}
