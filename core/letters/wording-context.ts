import type { CaseFile } from '../case/schema.js';
import { lprOn } from '../calc/lpr.js';
import type { Statement } from '../calc/statement-types.js';
import type { WordingContext } from '../compliance/types.js';
import type { IsoDate } from '../dates/calendar-date.js';
import { CasePackError } from '../errors.js';
import type { LimitationEntry } from '../limitation/types.js';
import { formatCents } from '../money/cents.js';
import { deliveredDemands } from './build-context.js';
import type { LetterSettings } from './settings.js';
import { isFilingTemplate } from '../filings/filing-templates.js';
import { inForceOn } from '../filings/judgment-context.js';

/** What the wording guard needs to know about this letter, taken from the case and the calculation. */
export function wordingContext(
  data: CaseFile,
  asOf: IsoDate,
  templateId: string,
  recipient: number,
  settings: LetterSettings,
  statement: Statement,
  limitation: LimitationEntry | undefined,
): WordingContext {
  const addressee = data.debtors[recipient]!;
  // `limitation` is the engine's result for the addressee: expired (民法典 第192条; Limitation Act 1980) and a
  // guarantee period passed without the step that keeps it (民法典 第693条). en-US has no rules yet.
  // A judgment in force replaces the debt's limitation with the time to apply for enforcement (民事诉讼法 第250条).
  const judgment = data.filing?.judgment;
  const judgmentInForce = judgment !== undefined && inForceOn(judgment, asOf);
  const context: WordingContext = {
    locale: data.locale,
    asOf,
    documentKind: templateId,
    creditorIsPerson: data.creditor.kind === 'person',
    addresseeRole: addressee.role,
    guaranteeLapsed: addressee.role === 'guarantor' && data.locale === 'zh-CN' && limitation?.guaranteeLapsed != null,
    timeBarred: limitation?.expired === true && !judgmentInForce,
    consumerRegF: data.locale === 'en-US' && (settings.debtKind === 'consumer' || settings.debtKind === 'credit-card'),
    proceedings: {
      // A complaint is the suit itself: it may name a 被告 and what the court is asked for.
      suitFiled: isFilingTemplate(templateId) || data.events.some((e) => e.kind === 'suit-filed' && e.date <= asOf),
      judgment: judgmentInForce,
    },
  };
  if (settings.debtKind) context.debtKind = settings.debtKind;
  if (settings.debtKind === 'credit-card')
    context.creditCard = {
      // 2018 妨害信用卡解释 第9条: the amount is unpaid principal, not interest or fees.
      principal: formatCents(statement.outstanding),
      demandDates: deliveredDemands(data, asOf, recipient).map((e) => e.date),
    };
  if (data.locale === 'zh-CN') {
    try {
      // 民间借贷规定 第25条: four times the 1-year LPR at the time the contract was made.
      context.annualRateCap = lprOn(data.contract?.signedOn ?? asOf)
        .times(4)
        .toString();
    } catch (error) {
      if (!(error instanceof CasePackError)) throw error;
    }
  }
  return context;
}
