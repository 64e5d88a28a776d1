import type { CaseFile, Judgment } from '../case/schema.js';
import type { IsoDate } from '../dates/calendar-date.js';
import { CasePackError } from '../errors.js';
import { inForceOn } from '../filings/judgment-context.js';
import { templateNames, type TemplateMeta } from '../templates/library.js';

/**
 * The letters that demand the contract debt before suit (principal and contractual late charges). Once a judgment
 * is in force the debt is what it awards and the next step is enforcing it, so none of them is made. The
 * enforcement application, the power of attorney and the certificate of the legal representative stay.
 */
const PRE_SUIT_DEMANDS: Readonly<Record<string, ReadonlySet<string>>> = {
  'zh-CN': new Set(['demand-letter', 'lawyer-letter', 'property-fee-notice']),
  'en-GB': new Set(['letter-before-claim', 'letter-of-claim']),
  'en-US': new Set(['demand-letter']),
};

/** Papers that start or prepare a suit: once the judgment is in force, enforcing it is the step instead. */
const SUIT_FILINGS: ReadonlySet<string> = new Set([
  'complaint',
  'payment-order-application',
  'preservation-application',
  'particulars-of-claim',
]);

/**
 * What lets the creditor enforce the document, by its kind and the case's law: 民事诉讼法 第247条 (judgments,
 * mediation statements), 第248条 (arbitral awards), 第227条 第3款 (payment orders); CPR 70.2 (en-GB: methods of
 * enforcing a money judgment); 12 CFR 1006.34(b)(3)(v) (en-US: a judgment debt is itemized from the judgment date).
 */
export type JudgmentBasis = 'cpl-247' | 'cpl-248' | 'cpl-227' | 'cpr-70.2' | 'reg-f-judgment-date';

function basisOf(locale: string, kind: Judgment['kind']): JudgmentBasis {
  if (locale === 'en-GB') return 'cpr-70.2';
  if (locale === 'en-US') return 'reg-f-judgment-date';
  if (kind === 'award') return 'cpl-248';
  if (kind === 'payment-order') return 'cpl-227';
  return 'cpl-247';
}

/** A paper refused because the case's judgment is in force on its date: what each refusal names for the message. */
abstract class JudgmentHeldError extends CasePackError {
  constructor(
    readonly meta: Pick<TemplateMeta, 'id' | 'title' | 'names'>,
    readonly judgment: Judgment,
    readonly asOf: IsoDate,
    readonly basis: JudgmentBasis,
    message: string,
  ) {
    super(message);
  }
  get params(): Record<string, string> {
    const names = templateNames(this.meta);
    return {
      templateId: this.meta.id,
      letterZh: names.zh,
      letterEn: names.en,
      kind: this.judgment.kind,
      caseNumber: this.judgment.caseNumber,
      effectiveOn: this.judgment.effectiveOn,
      asOf: this.asOf,
      basis: this.basis,
    };
  }
}

/** A demand for the contract debt dated on or after the day the case's judgment took effect. */
export class LetterJudgmentHeldError extends JudgmentHeldError {
  override name = 'LetterJudgmentHeldError';
  readonly code = 'letter.judgment-held';
  constructor(meta: Pick<TemplateMeta, 'id' | 'title' | 'names'>, judgment: Judgment, asOf: IsoDate, basis: JudgmentBasis) {
    super(
      meta,
      judgment,
      asOf,
      basis,
      `${meta.id}: the case holds a judgment (${judgment.caseNumber}) in force since ${judgment.effectiveOn}, on or before the letter's date ${asOf}: the debt is what it awards, so enforce it instead of demanding the contract debt (${basis})`,
    );
  }
}

/**
 * A paper that starts or prepares a suit dated on or after the day the case's judgment took effect: the dispute
 * is decided and is not sued on again (民事诉讼法 第127条 第5项). `bar` names that article where it speaks of
 * the document (判决、裁定、调解书); an award or a payment order is refused on its enforcement basis alone.
 */
export class SuitJudgmentHeldError extends JudgmentHeldError {
  override name = 'SuitJudgmentHeldError';
  readonly code = 'filing.judgment-held';
  constructor(
    meta: Pick<TemplateMeta, 'id' | 'title' | 'names'>,
    judgment: Judgment,
    asOf: IsoDate,
    basis: JudgmentBasis,
    readonly bar: 'cpl-127-5' | null,
  ) {
    super(
      meta,
      judgment,
      asOf,
      basis,
      `${meta.id}: the case holds a judgment (${judgment.caseNumber}) in force since ${judgment.effectiveOn}, on or before the paper's date ${asOf}: the dispute is decided and is not sued on again${bar ? ` (${bar})` : ''}; apply for its enforcement instead (${basis})`,
    );
  }
  override get params(): Record<string, string> {
    return { ...super.params, ...(this.bar && { bar: this.bar }) };
  }
}

/** True where `templateId` of `locale` demands the contract debt before suit. */
export const isPreSuitDemand = (templateId: string, locale: string): boolean =>
  PRE_SUIT_DEMANDS[locale]?.has(templateId) ?? false;

/** True where `templateId` starts or prepares a suit (of any locale: the template ids differ). */
export const isSuitFiling = (templateId: string): boolean => SUIT_FILINGS.has(templateId);

/**
 * Refuses a pre-suit demand or a suit paper dated on or after the day the case's judgment took effect
 * (民事诉讼法 第247条: a judgment in force is performed, or enforced on the other party's application; 第127条
 * 第5项: a case decided by a judgment or 调解书 in force is not sued on again). One dated before that day still
 * concerns a debt not yet decided, and is made.
 */
export function assertNoJudgmentInForce(
  meta: Pick<TemplateMeta, 'id' | 'title' | 'names' | 'locale'>,
  data: CaseFile,
  asOf: IsoDate,
): void {
  const judgment = data.filing?.judgment;
  if (!judgment || !inForceOn(judgment, asOf)) return;
  const basis = basisOf(data.locale, judgment.kind);
  if (isPreSuitDemand(meta.id, meta.locale)) throw new LetterJudgmentHeldError(meta, judgment, asOf, basis);
  if (isSuitFiling(meta.id)) throw new SuitJudgmentHeldError(meta, judgment, asOf, basis, barOf(data.locale, judgment.kind));
}

/** 民事诉讼法 第127条 第5项 names 判决、裁定、调解书; an English case's bar is its own law's. */
function barOf(locale: string, kind: Judgment['kind']): 'cpl-127-5' | null {
  return locale === 'zh-CN' && (kind === 'judgment' || kind === 'mediation') ? 'cpl-127-5' : null;
}
