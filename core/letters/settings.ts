import type { Letterhead } from '../documents/model.js';
import type { IsoDate } from '../dates/calendar-date.js';

/** What kind of debt the letter is about: some wording rules depend on it (see docs/compliance.md). */
export type DebtKind = 'trade' | 'loan' | 'private-loan' | 'credit-card' | 'property-fee' | 'consumer' | 'other';

/** Everything a letter needs that the case file does not hold. Every field is optional. */
export interface LetterSettings {
  letterhead?: Letterhead;
  /** 函号, e.g. 申衡律函〔2025〕第018号. */
  letterNo?: string;
  /** Days the debtor is given to pay; defaults: 7 (zh-CN), 30 (en-GB, the Protocol's period; 14 for a business letter of claim), 30 (en-US). */
  deadlineDays?: number;
  /** The debtor the letter is addressed to (a position in `debtors`); default the first with role debtor. */
  recipient?: number;
  /** The law firm; default the case's agent. */
  firm?: { name: string; address?: string; phone?: string };
  /**
   * Who sends the letter: the creditor itself (default), or a law firm on its instructions. A law firm's letter
   * names the firm, the lawyer it assigned and their 执业证号 and calls the creditor 委托人 (律师法 第25条).
   */
  sentBy?: 'creditor' | 'law-firm';
  /** The lawyer who signs; default the case's agent's lawyer. */
  lawyer?: { name: string; licenseNo?: string; phone?: string; email?: string };
  /** The creditor's account for payment (never a personal account: see rule zh-personal-account); a UK account adds its sort code (12-34-56) and may give an IBAN. */
  account?: { bank: string; name: string; number: string; sortCode?: string; iban?: string };
  /** Who the debtor should contact; default the creditor's phone and address. */
  contact?: { name?: string; phone?: string; email?: string; address?: string };
  /** The person signing for the creditor. */
  signatory?: string;
  /** 还款协议: number of instalments (default 3), first due date (default the deadline), months between them (default 1). */
  instalments?: { count?: number; firstDate?: IsoDate; intervalMonths?: number };
  /** 物业服务费催收通知书: the fee standard, its basis, the period in arrears and where to pay. */
  propertyFee?: { standard?: string; basis?: string; period?: string; place?: string };
  /** en-US Reg F: the itemization date; default the last payment on or before the as-of date, else the last due date. */
  itemizationDate?: IsoDate;
  /** en-US: the sender is a debt collector (FDCPA §1692a(6)): the letter then says so (§1692e(11)). Default true. */
  debtCollector?: boolean;
  debtKind?: DebtKind;
  /** en-GB letter before claim: what the Pre-Action Protocol for Debt Claims para 3.1 asks the letter to say when it applies. */
  protocol?: DebtProtocolFacts;
}

/** The Pre-Action Protocol for Debt Claims para 3.1 facts that the case file does not hold. */
export interface DebtProtocolFacts {
  /** A debt under an oral agreement: who made it, what was agreed, when and where. */
  oralAgreement?: { madeBy: string; terms: string; on: IsoDate; place: string };
  /** An assigned debt: the original creditor and debt, when it was assigned and to whom (default the creditor). */
  assignment?: { originalCreditor: string; originalReference?: string; assignedOn: IsoDate; assignedTo?: string };
  /** Instalments the debtor offers or pays, and why they are not accepted. */
  instalmentOffer?: { terms: string; reason: string };
}

export function defaultDeadlineDays(locale: string, templateId: string): number {
  if (locale === 'zh-CN') return 7;
  // Practice Direction – Pre-Action Conduct para 6(a): 14 days is normally reasonable between businesses.
  return templateId === 'letter-of-claim' ? 14 : 30;
}
