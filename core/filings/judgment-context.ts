import type { Judgment } from '../case/schema.js';
import type { IsoDate } from '../dates/calendar-date.js';
import { formatCents, parseCents } from '../money/cents.js';
import type { TemplateValue } from '../templates/values.js';
import { doubledInterest, type DoubledInterest } from './doubled-interest.js';
import { enforcementDeadline, type EnforcementDeadline } from './enforcement-deadline.js';

/** The judgment has taken effect by `asOf`: enforcement rests on it (民事诉讼法 第247条), not on the old debt. */
export const inForceOn = (judgment: Judgment, asOf: IsoDate): boolean => judgment.effectiveOn <= asOf;

/** What each kind of 执行依据 is called in an enforcement application. */
const JUDGMENT_NAMES: Record<Judgment['kind'], string> = {
  judgment: '民事判决书',
  mediation: '民事调解书',
  award: '仲裁裁决书',
  'payment-order': '支付令',
};

/**
 * An enforcement application's figures on `asOf`: what is still unpaid under the judgment, the doubled interest
 * for late performance on it (迟延履行利息解释 第1–4条, counted from the day after the performance period, or
 * after the effective day where none is set, 第2条), and the last day to apply (民事诉讼法 第250条).
 */
export function judgmentContext(judgment: Judgment, asOf: IsoDate): Record<string, TemplateValue> {
  const interest = judgmentInterest(judgment, asOf);
  const paid = judgment.payments.filter((p) => p.date <= asOf).reduce((sum, p) => sum + parseCents(p.amount), 0n);
  const deadline = judgmentDeadline(judgment);
  return {
    kind: judgment.kind,
    name: JUDGMENT_NAMES[judgment.kind],
    court: judgment.court,
    caseNumber: judgment.caseNumber,
    effectiveOn: judgment.effectiveOn,
    performanceLastDay: judgment.performanceLastDay ?? null,
    amount: judgment.amount,
    paid: formatCents(paid),
    unpaid: formatCents(interest.unpaid),
    costs: judgment.costs ?? null,
    doubledInterest: formatCents(interest.amount),
    doubledInterestFrom: interest.lines[0]?.from ?? null,
    applyBy: deadline.lastDay,
    applyByPassed: asOf > deadline.lastDay,
  };
}

/**
 * The doubled interest for late performance on `asOf` and the money debt still unpaid (迟延履行利息解释 第1–4条),
 * counted from the day after the performance period, or after the effective day where none is set (第2条).
 */
export function judgmentInterest(judgment: Judgment, asOf: IsoDate): DoubledInterest {
  return doubledInterest(
    parseCents(judgment.amount),
    judgment.performanceLastDay ?? judgment.effectiveOn,
    asOf,
    judgment.payments.map((p) => ({ date: p.date, amount: parseCents(p.amount) })),
  );
}

/**
 * What enforcing the judgment asks for on `asOf`, in cents: the money debt still unpaid, its doubled interest
 * (民事诉讼法 第264条) and the costs the judgment makes the debtor bear. 申请执行费 is worked on this figure
 * (诉讼费用交纳办法 第14条 第1项), and the 强制执行申请书 states its parts.
 */
export function enforcementAmount(judgment: Judgment, asOf: IsoDate): bigint {
  const interest = judgmentInterest(judgment, asOf);
  return interest.unpaid + interest.amount + (judgment.costs ? parseCents(judgment.costs) : 0n);
}

/** The last day to apply for enforcement of this judgment (民事诉讼法 第250条). */
export const judgmentDeadline = (judgment: Judgment): EnforcementDeadline =>
  enforcementDeadline({ effectiveOn: judgment.effectiveOn, performanceLastDay: judgment.performanceLastDay ?? null });
