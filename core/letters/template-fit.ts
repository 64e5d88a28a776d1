import type { CaseFile } from '../case/schema.js';
import { LetterInputError } from './errors.js';
import type { LetterSettings } from './settings.js';

/** A template that does not fit the kind of debt the case is about; `code` for the UI, the message for the CLI. */
export class TemplateMismatchError extends LetterInputError {
  override name = 'TemplateMismatchError';
  constructor(
    readonly code: 'property-notice-needs-property-fee' | 'certificate-needs-company',
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
export function checkTemplateFits(templateId: string, data: CaseFile, settings: LetterSettings): void {
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
