import type { CaseFile } from '../case/schema.js';
import { lprOn } from '../calc/lpr.js';
import type { Statement } from '../calc/statement-types.js';
import type { WordingContext } from '../compliance/types.js';
import { CasePackError } from '../errors.js';
import { computeLimitation } from '../limitation/limitation.js';
import { limitationInput } from '../calc/calculate-case.js';
import type { IsoDate } from '../dates/calendar-date.js';
import type { LetterSettings } from './settings.js';

/** What the wording guard needs to know about this letter, taken from the case and the calculation. */
export function wordingContext(
  data: CaseFile,
  asOf: IsoDate,
  templateId: string,
  recipient: number,
  settings: LetterSettings,
  statement: Statement,
): WordingContext {
  const addressee = data.debtors[recipient]!;
  const context: WordingContext = {
    locale: data.locale,
    documentKind: templateId,
    creditorIsPerson: data.creditor.kind === 'person',
    addresseeRole: addressee.role,
    guaranteeLapsed: addressee.role === 'guarantor' && guaranteeLapsed(data, asOf, recipient, statement),
  };
  if (settings.debtKind) context.debtKind = settings.debtKind;
  if (settings.debtKind === 'credit-card')
    context.creditCard = {
      outstanding: statement.total,
      demandDates: data.events
        .filter((e) => e.kind === 'demand-delivered' && e.date <= asOf && (e.party === undefined || e.party === recipient))
        .map((e) => e.date),
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

/** The guarantee period ended without the step that keeps it (民法典 第693条), as the limitation engine reports it. */
function guaranteeLapsed(data: CaseFile, asOf: IsoDate, party: number, statement: Statement): boolean {
  if (data.locale !== 'zh-CN') return false;
  return computeLimitation(data, asOf, limitationInput(statement))[party]?.guaranteeLapsed != null;
}
