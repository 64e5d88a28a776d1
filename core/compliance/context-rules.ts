import { Dec } from '../money/decimal.js';
import type { Severity, WordingContext } from './types.js';

/** A finding about the letter as a whole, or about a figure in it, decided from the case rather than from fixed words. */
export interface ContextFinding {
  ruleId: string;
  severity: Severity;
  words: string;
  index: number;
  why: string;
  source: string;
}

const ACKNOWLEDGMENTS = new Set(['debt-acknowledgment', 'repayment-agreement']);
// 年利率 24%, 月利率2%, 日利率0.1%, 年息36%: a stated interest rate (违约金 rates are not interest and are left out).
const STATED_RATE =
  /(年化?利率|年息|月利率|月息|日利率|日息|annual (?:interest )?rate of|interest (?:rate )?of|APR of)\s*(?:为|是|按|：|:)?\s*(\d+(?:\.\d+)?)\s*%/gi;

/** Rules that depend on the case: a lapsed guarantee, a rate above the cap. */
export function contextFindings(text: string, context: WordingContext): ContextFinding[] {
  const findings: ContextFinding[] = [];
  if (
    context.addresseeRole === 'guarantor' &&
    context.guaranteeLapsed &&
    context.documentKind &&
    ACKNOWLEDGMENTS.has(context.documentKind)
  ) {
    const at = text.search(/保证|担保|guarant/i);
    findings.push({
      ruleId: 'zh-guarantor-lapsed',
      severity: 'error',
      words: at >= 0 ? text.slice(at, at + 2) : '',
      index: Math.max(at, 0),
      why: 'The guarantee period has ended without the creditor acting: the guarantee is extinguished, and the guarantor signing a confirmation does not revive it. Send the guarantor no acknowledgment; take advice on whether a new guarantee is possible.',
      source: '担保制度解释 第34条 第2款；民法典 第693条',
    });
  }
  if (context.annualRateCap) {
    const cap = new Dec(context.annualRateCap);
    for (const match of text.matchAll(STATED_RATE)) {
      const unit = match[1]!;
      const perYear = /月/.test(unit) ? 12 : /日/.test(unit) ? 360 : 1;
      const annual = new Dec(match[2]!).dividedBy(100).times(perYear);
      if (annual.lessThanOrEqualTo(cap)) continue;
      const privateLoan = context.debtKind === 'private-loan';
      findings.push({
        ruleId: 'interest-above-cap',
        severity: privateLoan ? 'error' : 'warning',
        words: match[0],
        index: match.index,
        why: `The stated rate is ${annual.times(100).toDecimalPlaces(2).toString()}% a year, above the cap of ${cap.times(100).toDecimalPlaces(2).toString()}% (4 × the one-year LPR for private loans); a court will not award the excess.`,
        source: '民间借贷规定 第25条、第29条',
      });
    }
  }
  return findings;
}
