import type { CaseFile } from '../case/schema.js';
import type { Statement } from '../calc/statement-types.js';
import type { IsoDate } from '../dates/calendar-date.js';
import { issueFeeForCase } from './claim-fees.js';
import { filingFees } from './filing-fees.js';

/** The paper that starts a money claim in each locale's courts: the 要素式 民事起诉状, or particulars of claim. */
const SUIT_TEMPLATES: Readonly<Record<string, { templateId: string; document: string; bundle: string }>> = {
  'zh-CN': { templateId: 'complaint', document: '民事起诉状', bundle: '证据材料' },
  'en-GB': { templateId: 'particulars-of-claim', document: 'particulars-of-claim', bundle: 'evidence-bundle' },
};

/**
 * Where an en-GB money claim is issued when the claimant names no hearing centre: a claim for money only is
 * issued through the County Court Money Claims Centre (CPR PD 7A para 4A.1).
 */
export const MONEY_CLAIMS_CENTRE = 'County Court Money Claims Centre';

/** The suit papers of a case's locale, or null where CasePack has none (en-US). */
export function suitPapers(locale: string): { templateId: string; document: string; bundle: string } | null {
  return Object.hasOwn(SUIT_TEMPLATES, locale) ? SUIT_TEMPLATES[locale]! : null;
}

/**
 * The court a suit goes to, as a fee list groups it: the PRC court the user chose (the complaint requires it), or
 * the County Court hearing centre the claimant named, else the Money Claims Centre.
 */
export function suitCourt(data: CaseFile): string {
  const named = data.filing?.court;
  if (data.locale === 'en-GB') return named ? `County Court at ${named}` : MONEY_CLAIMS_CENTRE;
  return named ?? '';
}

/** What the suit claims and the fee for issuing it, in the case's currency's minor unit. */
export function suitFee(data: CaseFile, statement: Statement, asOf: IsoDate): { claim: bigint; fee: bigint } {
  if (data.locale === 'en-GB') {
    const issue = issueFeeForCase(data, asOf); // Civil Proceedings Fees Order 2008, Sch. 1 fee 1.1
    return { claim: issue.amount, fee: issue.fee };
  }
  const fees = filingFees(data, statement).claim; // 诉讼费用交纳办法 第13条
  return { claim: fees.amount, fee: fees.caseFee };
}
