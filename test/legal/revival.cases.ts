import { claim, type LegalCase } from './legal-case.js';

// Claim c1 due 2020-03-16: three years end 2023-03-16, a Thursday. Acts on 2023-04-10 come after expiry; a new
// three years from then end 2026-04-10, a Friday.
const base = { claims: [claim('c1', '2020-03-16')] };
const after = (fields: Record<string, unknown>) =>
  ({ ...base, events: [{ date: '2023-04-10', ...fields }] }) as LegalCase['case'];

/** After expiry only an agreement to perform revives the debt (民法典 第192条 第2款; 诉讼时效规定 第19条). */
export const revivalCases: LegalCase[] = [
  {
    id: 'rev-acknowledged-agreeing',
    article: '诉讼时效规定 第19条 第1款',
    asOf: '2023-05-01',
    case: after({ kind: 'acknowledged', agreesToPerform: true }),
    parties: [{ expiresOn: '2026-04-10', rule: 'prc-revived', expired: false }],
  },
  {
    id: 'rev-acknowledged-not-recorded',
    article: '诉讼时效规定 第19条',
    asOf: '2023-05-01',
    case: after({ kind: 'acknowledged' }),
    parties: [{ expiresOn: '2023-03-16', rule: 'prc-three-years', expired: true }],
  },
  {
    id: 'rev-acknowledged-receipt-only',
    article: '诉讼时效规定 第19条',
    asOf: '2023-05-01',
    case: after({ kind: 'acknowledged', agreesToPerform: false, note: '仅确认收到' }),
    parties: [{ expiresOn: '2023-03-16', expired: true }],
  },
  {
    id: 'rev-promise',
    article: '诉讼时效规定 第19条 第1款',
    asOf: '2023-05-01',
    case: after({ kind: 'promise-to-pay' }),
    parties: [{ expiresOn: '2026-04-10', rule: 'prc-revived' }],
  },
  {
    id: 'rev-signed-demand',
    article: '诉讼时效规定 第19条 第3款',
    asOf: '2023-05-01',
    case: after({ kind: 'demand-delivered', agreesToPerform: true }),
    parties: [{ expiresOn: '2026-04-10', rule: 'prc-revived' }],
  },
  {
    id: 'rev-demand-not-signed',
    article: '民法典 第192条',
    asOf: '2023-05-01',
    case: after({ kind: 'demand-delivered' }),
    parties: [{ expiresOn: '2023-03-16', expired: true }],
  },
  {
    id: 'rev-payment-after-expiry',
    article: '民法典 第192条 第2款',
    asOf: '2023-05-01',
    case: { ...base, payments: [{ date: '2023-04-10', amount: '100.00' }] },
    parties: [{ expiresOn: '2023-03-16', expired: true }],
  },
];
