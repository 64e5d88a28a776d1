import type { CaseFile, Debtor } from '../case/schema.js';
import { LetterInputError } from './errors.js';
import type { LetterSettings } from './settings.js';

/** A template that does not fit the kind of debt the case is about; `code` for the UI, the message for the CLI. */
export class TemplateMismatchError extends LetterInputError {
  override name = 'TemplateMismatchError';
  constructor(
    readonly code:
      | 'property-notice-needs-property-fee'
      | 'certificate-needs-company'
      | 'letter-of-claim-needs-company'
      | 'debt-protocol-needs-individual',
    message: string,
  ) {
    super(message);
  }
}

// 买卖、购销、采购 contracts: a sale of goods (民法典 第595条), never a property service fee.
const SALE_TITLE = /买卖|购销|采购|供货|订货/;

/**
 * Refuses a 法定代表人身份证明书 for a creditor that is a person, and a 物业服务费催收通知书 for a case that is not about property fees: one whose letter settings give another
 * debt kind, whose contract is a sale, or whose late charge is the sale-of-goods overdue loss (买卖合同解释 第18条).
 */
export function checkTemplateFits(templateId: string, data: CaseFile, settings: LetterSettings, addressee: Debtor): void {
  if (data.locale === 'en-GB') checkPreActionRoute(templateId, addressee);
  // 民事诉讼法 第51条 第2款: only a legal person has a 法定代表人 to certify.
  if (templateId === 'legal-representative-certificate' && data.creditor.kind !== 'company')
    throw new TemplateMismatchError(
      'certificate-needs-company',
      'template zh-CN/legal-representative-certificate is for a creditor that is a company; this creditor is a person',
    );
  if (templateId !== 'property-fee-notice') return;
  const otherKind = settings.debtKind !== undefined && settings.debtKind !== 'property-fee';
  const sale = SALE_TITLE.test(data.contract?.title ?? '') || data.lateCharge.kind === 'overdue-loss';
  if (otherKind || sale)
    throw new TemplateMismatchError(
      'property-notice-needs-property-fee',
      `template zh-CN/property-fee-notice is for property service fees (民法典 第944条), but this case is ${
        otherKind ? `a ${settings.debtKind} debt` : 'a sale of goods'
      }: use demand-letter or lawyer-letter`,
    );
}

/**
 * England and Wales: the Pre-Action Protocol for Debt Claims applies to a business claiming a debt from an
 * individual, a sole trader included (para 1.1); its letter (`letter-before-claim`, 30 days to reply, Annex 1) is for
 * them. A company debtor is outside it and gets the Practice Direction – Pre-Action Conduct letter (`letter-of-claim`,
 * 14 days in a straightforward case, para 6). Each refuses the other's addressee.
 */
function checkPreActionRoute(templateId: string, addressee: Debtor): void {
  if (templateId === 'letter-of-claim' && addressee.kind === 'person')
    throw new TemplateMismatchError(
      'letter-of-claim-needs-company',
      `template en-GB/letter-of-claim is the 14-day letter for a company debtor (Practice Direction – Pre-Action Conduct), but ${addressee.name} is an individual or sole trader, whom the Pre-Action Protocol for Debt Claims covers: use letter-before-claim`,
    );
  if (templateId === 'letter-before-claim' && addressee.kind === 'company')
    throw new TemplateMismatchError(
      'debt-protocol-needs-individual',
      `template en-GB/letter-before-claim follows the Pre-Action Protocol for Debt Claims, which covers debtors who are individuals or sole traders, but ${addressee.name} is a company: use letter-of-claim`,
    );
}
