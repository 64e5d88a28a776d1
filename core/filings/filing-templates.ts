/**
 * Templates that are court filings or papers filed with them: in them a 被告, a suit, a preservation or an
 * enforcement is what the document asks for, and no addressee is asked to pay.
 */
export const FILING_TEMPLATES: ReadonlySet<string> = new Set([
  'complaint',
  'payment-order-application',
  'preservation-application',
  'enforcement-application',
  'power-of-attorney',
  'legal-representative-certificate',
  'particulars-of-claim',
]);

export const isFilingTemplate = (templateId: string): boolean => FILING_TEMPLATES.has(templateId);
