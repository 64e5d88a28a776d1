import type { CaseFile, Judgment } from '../case/schema.js';
import type { IsoDate } from '../dates/calendar-date.js';
import { cents, formatCents, parseCents, type Cents } from '../money/cents.js';
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
 * for late performance on it (judgmentOwed), and the last day to apply (民事诉讼法 第250条).
 */
export function judgmentContext(judgment: Judgment, asOf: IsoDate): Record<string, TemplateValue> {
  const owed = judgmentOwed(judgment, asOf);
  const deadline = judgmentDeadline(judgment);
  return {
    kind: judgment.kind,
    name: JUDGMENT_NAMES[judgment.kind],
    court: judgment.court,
    caseNumber: judgment.caseNumber,
    effectiveOn: judgment.effectiveOn,
    performanceLastDay: judgment.performanceLastDay ?? null,
    amount: judgment.amount,
    paid: formatCents(owed.paid),
    unpaid: formatCents(owed.unpaid),
    costs: judgment.costs ?? null,
    doubledInterest: formatCents(owed.doubledInterest),
    doubledInterestFrom: owed.doubledInterestFrom,
    applyBy: deadline.lastDay,
    applyByPassed: asOf > deadline.lastDay,
  };
}

/** What a judgment still orders paid on a day, in cents, part by part. */
export interface JudgmentOwed {
  /** 民事诉讼法 第264条 with 迟延履行利息解释 第1–4条. */
  rule: 'judgment-owed';
  /** The money debt the judgment awards, without its costs. */
  awarded: Cents;
  /** Paid under the judgment by the day (to the money debt first, 第4条). */
  paid: Cents;
  /** The money debt still unpaid. */
  unpaid: Cents;
  /** 加倍部分债务利息 for late performance, to the day. */
  doubledInterest: Cents;
  /** The first day it runs, or null while none has run. */
  doubledInterestFrom: IsoDate | null;
  /** The costs the judgment makes the debtor bear (诉讼费用), zero where it names none. */
  costs: Cents;
  /** unpaid + doubledInterest + costs: what enforcing the judgment asks for. */
  total: Cents;
}

/**
 * What the judgment orders paid on `asOf`: the money debt less what was paid under it, the doubled interest
 * for late performance (民事诉讼法 第264条; 迟延履行利息解释 第1–4条) and the costs it makes the debtor bear.
 */
export function judgmentOwed(judgment: Judgment, asOf: IsoDate): JudgmentOwed {
  const interest = judgmentInterest(judgment, asOf);
  const paid = judgment.payments.filter((p) => p.date <= asOf).reduce((sum, p) => sum + parseCents(p.amount), 0n);
  const costs = judgment.costs ? parseCents(judgment.costs) : 0n;
  return {
    rule: 'judgment-owed',
    awarded: parseCents(judgment.amount),
    paid: cents(paid),
    unpaid: cents(interest.unpaid),
    doubledInterest: cents(interest.amount),
    doubledInterestFrom: interest.lines[0]?.from ?? null,
    costs: cents(costs),
    total: cents(interest.unpaid + interest.amount + costs),
  };
}

/** What the case's judgment orders paid on `asOf` once it is in force; null while the case holds none in force. */
export function owedUnderJudgment(data: CaseFile, asOf: IsoDate): JudgmentOwed | null {
  const judgment = data.filing?.judgment;
  return judgment && inForceOn(judgment, asOf) ? judgmentOwed(judgment, asOf) : null;
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
 * What enforcing the judgment asks for on `asOf`, in cents (judgmentOwed). 申请执行费 is worked on this figure
 * (诉讼费用交纳办法 第14条 第1项), and the 强制执行申请书 states its parts.
 */
export const enforcementAmount = (judgment: Judgment, asOf: IsoDate): bigint => judgmentOwed(judgment, asOf).total;

/** The last day to apply for enforcement of this judgment (民事诉讼法 第250条). */
export const judgmentDeadline = (judgment: Judgment): EnforcementDeadline =>
  enforcementDeadline({ effectiveOn: judgment.effectiveOn, performanceLastDay: judgment.performanceLastDay ?? null });
