/** Templates that are themselves court filings: in them a 被告 and a suit are what the document starts. */
export const FILING_TEMPLATES: ReadonlySet<string> = new Set(['complaint', 'payment-order-application']);

export const isFilingTemplate = (templateId: string): boolean => FILING_TEMPLATES.has(templateId);
