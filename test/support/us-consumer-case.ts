import { caseFileShape, type CaseFile } from '../../core/case/schema.js';

/** There is no en-US example case yet: a consumer account for the Reg F template's tests. */
export function usConsumerCase(): CaseFile {
  return caseFileShape.parse({
    version: 1,
    locale: 'en-US',
    title: 'Lakeside Dental v Rivera',
    currency: 'USD',
    creditor: {
      name: 'Lakeside Dental Group LLC',
      kind: 'company',
      address: '200 Harbor Way, Suite 4, Portland, OR 97201',
      phone: '(503) 555-0142',
    },
    debtors: [{ name: 'Maria Rivera', kind: 'person', role: 'debtor', address: '1418 SE Alder Street, Portland, OR 97214' }],
    contract: { title: 'a dental treatment payment plan', number: 'LD-44817', signedOn: '2024-09-03' },
    claims: [
      { id: 'TX-1', description: 'Crown and root canal treatment', amount: '2480.00', dueDate: '2024-10-03' },
      { id: 'TX-2', description: 'Follow-up treatment', amount: '415.25', dueDate: '2024-12-03' },
    ],
    payments: [{ date: '2025-01-15', amount: '300.00' }],
    lateCharge: { kind: 'annual-rate', rate: '0.09', basis: 365 },
  });
}
