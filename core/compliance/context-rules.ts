import { Dec } from '../money/decimal.js';
import type { RawFinding } from './detect.js';
import { isNegated } from './negation.js';
import { sentences } from './text-units.js';
import type { WordingContext } from './types.js';

const ACKNOWLEDGMENTS = new Set(['debt-acknowledgment', 'repayment-agreement']);
// 年利率 24%, 月利率2%, 日利率0.1%, 年息36%: a stated interest rate (违约金 rates are not interest and are left out).
const STATED_RATE =
  /(年化?利率|年息|月利率|月息|日利率|日息|annual (?:interest )?rate of|interest (?:rate )?of|APR of)\s*(?:为|是|按|：|:)?\s*(\d+(?:\.\d+)?)\s*%/gi;
const SUIT =
  /起诉|诉讼|仲裁|法院|\b(?:sue|suing|sued|suit|lawsuit|legal action|court|proceedings|claim form|issue (?:a )?claim|take you to court)\b/gi;
// The required statement that the law limits suits (Reg F model notice), not a threat of one.
const LIMIT_STATED =
  /limits how long|how long you can be sued|too old (?:for you )?to be sued|restart the (?:time|clock|period)|time (?:limit )?to sue/i;
const DEFENCE =
  /诉讼时效|时效抗辩|时效届满|time-barred|statute[- ]barred|statute of limitations|limitation (?:period|defen[cs]e)|limitation act|as a defen[cs]e/i;

// A letter telling a lapsed guarantor that the guarantee is over (不再承担保证责任, "you are no longer liable", "we
// withdraw our demand") asks nothing of it; one that still says the debt is owed (仍应, "you remain liable") does.
const GUARANTEE_RELEASED =
  /不再(承担|要求|向您|向你|追究)|(不|不会|不再)(要求|找)(您|你)|(无需|不用|无须|不必)再?(承担|付款|还款|支付|偿还|代偿)|不承担(保证|担保)?责任|撤回|只找借款人|\b(?:no longer liable|not liable|no liability|(?:will not|won't|are not|is not|not) (?:be )?(?:seeking|pursuing|asking you|making|claiming)|(?:make|makes|making) no demand|no demand (?:is|will be) (?:being )?made|withdraw (?:our|the|this) (?:previous |earlier )?demand|closing our file|liability as guarantor has ended)\b|(?:不再|无需再?|不用再?|不必再?)(?:要求您?|向您)?(?:承担|主张|追究|追偿)|(?:催告函?|催款函?|主张)[^。；]{0,6}(?:予以)?撤回|免除[^。；]{0,8}保证责任|\b(?:will|shall) not (?:be )?(?:pursu|seek|claim|demand|call on)\w*|\b(?:no longer|not) (?:liable|responsible|bound|owe)|\bno demand|\bclosing our file|\bliability[^.;]{0,30}\b(?:has )?(?:ended|expired|ceased)|\bwithdraw\w* (?:our|the|its|any) (?:previous |earlier |prior )?(?:demand|claim)|\breleased? (?:you )?from\b/i;
const STILL_OWED =
  /仍(应|须|需|要|然)|继续(承担|履行|提供)|跑不掉|\b(?:still|remain(?:s)?|continu(?:e|es|ing)|countersign|re-?confirm|reaffirm)\b/i;

export function isAcknowledgment(context: WordingContext): boolean {
  return context.documentKind !== undefined && ACKNOWLEDGMENTS.has(context.documentKind);
}

/** Rules that depend on the case rather than on fixed words: a lapsed guarantee, a barred debt, a rate above the cap. */
export function contextFindings(text: string, context: WordingContext): RawFinding[] {
  const findings: RawFinding[] = [];
  // A letter that tells a lapsed guarantor they are released (不再要求您承担保证责任, "we withdraw our previous
  // demand") asks nothing of them, unless it still says the debt is owed.
  if (
    context.addresseeRole === 'guarantor' &&
    context.guaranteeLapsed &&
    !(GUARANTEE_RELEASED.test(text) && !STILL_OWED.test(text))
  ) {
    const at = text.search(/保证|担保|guarant/i);
    // 担保制度解释 第34条 第2款: a guarantor's signature after the guarantee period does not revive the guarantee;
    // a demand on it would claim what is not owed.
    findings.push({
      ruleId: isAcknowledgment(context) ? 'guarantor-lapsed-ack' : 'guarantor-lapsed-demand',
      category: 'document',
      severity: 'error',
      words: at >= 0 ? text.slice(at, at + 2) : '',
      index: Math.max(at, 0),
      source: '民法典 第693条；担保制度解释 第34条 第2款',
    });
  }
  // A suit said not to come ("we will not sue you", 我司不会起诉) is no threat of one.
  const suit = context.timeBarred
    ? sentences(text)
        .flatMap((s) =>
          LIMIT_STATED.test(s.text)
            ? []
            : [...s.text.matchAll(SUIT)]
                .filter((m) => !isNegated(s.text, m.index))
                .map((m) => ({ 0: m[0], index: s.start + m.index })),
        )
        .at(0)
    : undefined;
  if (suit) {
    // Reg F 12 CFR §1006.26(b): no suit or threat of suit on a time-barred consumer debt, whatever else is said.
    // Elsewhere a suit may be mentioned only beside the debtor's defence (民法典 第192条; FCA CONC 7.15).
    if (context.consumerRegF || !DEFENCE.test(text))
      findings.push({
        ruleId: context.consumerRegF ? 'time-barred-suit-reg-f' : 'time-barred-suit',
        category: 'false-legal-claim',
        severity: 'error',
        words: suit[0],
        index: suit.index,
        source: context.consumerRegF ? 'Reg F 12 CFR §1006.26(b); FDCPA 15 U.S.C. §1692e(5)' : '民法典 第192条；FCA CONC 7.15',
      });
  }
  if (context.annualRateCap) {
    const cap = new Dec(context.annualRateCap);
    for (const match of text.matchAll(STATED_RATE)) {
      const unit = match[1]!;
      const perYear = /月/.test(unit) ? 12 : /日/.test(unit) ? 360 : 1;
      const annual = new Dec(match[2]!).dividedBy(100).times(perYear);
      if (annual.lessThanOrEqualTo(cap)) continue;
      findings.push({
        ruleId: 'interest-above-cap',
        category: 'unlawful-fee',
        severity: context.debtKind === 'private-loan' ? 'error' : 'warning',
        words: match[0],
        index: match.index,
        source: '民间借贷规定 第25条、第29条',
        params: {
          rate: annual.times(100).toDecimalPlaces(2).toString(),
          cap: cap.times(100).toDecimalPlaces(2).toString(),
        },
      });
    }
  }
  return findings;
}
