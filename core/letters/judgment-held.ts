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

/** A demand for the contract debt dated on or after the day the case's judgment took effect. */
export class LetterJudgmentHeldError extends CasePackError {
  override name = 'LetterJudgmentHeldError';
  readonly code = 'letter.judgment-held';
  constructor(
    readonly meta: Pick<TemplateMeta, 'id' | 'title' | 'names'>,
    readonly judgment: Judgment,
    readonly asOf: IsoDate,
    readonly basis: JudgmentBasis,
  ) {
    super(
      `${meta.id}: the case holds a judgment (${judgment.caseNumber}) in force since ${judgment.effectiveOn}, on or before the letter's date ${asOf}: the debt is what it awards, so enforce it instead of demanding the contract debt (${basis})`,
    );
  }
  get params() {
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

/** True where `templateId` of `locale` demands the contract debt before suit. */
export const isPreSuitDemand = (templateId: string, locale: string): boolean =>
  PRE_SUIT_DEMANDS[locale]?.has(templateId) ?? false;

/**
 * Refuses a pre-suit demand dated on or after the day the case's judgment took effect (民事诉讼法 第247条:
 * a judgment in force is performed, or enforced on the other party's application). One dated before that day
 * is still a demand for a debt not yet decided, and is made.
 */
export function assertNoJudgmentInForce(
  meta: Pick<TemplateMeta, 'id' | 'title' | 'names' | 'locale'>,
  data: CaseFile,
  asOf: IsoDate,
): void {
  const judgment = data.filing?.judgment;
  if (!judgment || !isPreSuitDemand(meta.id, meta.locale) || !inForceOn(judgment, asOf)) return;
  throw new LetterJudgmentHeldError(meta, judgment, asOf, basisOf(data.locale, judgment.kind));
}
