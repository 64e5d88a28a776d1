import type { CaseFile } from '../case/schema.js';
import type { TemplateValue } from '../templates/values.js';
import type { LetterSettings } from './settings.js';

/**
 * Who sends the letter and how to reach them: the firm and lawyer (the letter settings first, else the case's
 * agent), the account to pay into, the contact person and the signatory.
 */
export function senderContext(data: CaseFile, settings: LetterSettings): Record<string, TemplateValue> {
  const agent = data.agent;
  const firmName = settings.firm?.name ?? agent?.firm;
  const lawyerName = settings.lawyer?.name ?? agent?.lawyer;
  return {
    firm: firmName
      ? {
          name: firmName,
          address: settings.firm?.address ?? agent?.address ?? null,
          phone: settings.firm?.phone ?? agent?.phone ?? null,
        }
      : null,
    lawyer: lawyerName
      ? {
          name: lawyerName,
          licenseNo: settings.lawyer?.licenseNo ?? agent?.licenseNo ?? null,
          phone: settings.lawyer?.phone ?? null,
          email: settings.lawyer?.email ?? null,
        }
      : null,
    account: settings.account ? { sortCode: null, iban: null, ...settings.account } : null,
    contact: {
      name: settings.contact?.name ?? settings.signatory ?? null,
      phone: settings.contact?.phone ?? data.creditor.phone ?? null,
      email: settings.contact?.email ?? null,
      address: settings.contact?.address ?? data.creditor.address ?? null,
    },
    signatory: settings.signatory ?? null,
  };
}
