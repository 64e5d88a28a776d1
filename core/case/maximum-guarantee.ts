import type { Claim, Debtor } from './schema.js';

/** A 最高额保证's period of debts, as the case file states it (both days counted). */
export interface MaximumPeriod {
  from: string;
  to: string;
}

/** The period of a guarantor's 最高额保证, or null for any other guarantee (or one whose period is not entered yet). */
export function maximumPeriodOf(debtor: Debtor | undefined): MaximumPeriod | null {
  const guarantee = debtor?.guarantee;
  return guarantee?.type === 'maximum-amount' ? (guarantee.period ?? null) : null;
}

/**
 * Whether a 最高额保证 covers a claim (民法典 第690条): only debts arising within its period, dated by the day the
 * claim arose, else its due date.
 */
export function arisesWithin(claim: Pick<Claim, 'arisenOn' | 'dueDate'>, period: MaximumPeriod): boolean {
  const arisen = claim.arisenOn ?? claim.dueDate;
  return arisen >= period.from && arisen <= period.to;
}
