import { claim, emsDemand, type LegalCase } from './legal-case.js';

// Claim c1 due 2021-03-15: three years end 2024-03-15 unless interrupted.
const base = { claims: [claim('c1', '2021-03-15')] };
const mailing = (status: 'delivered' | 'refused' | 'returned', agreedAddress?: boolean) => ({
  mailings: [emsDemand(status, agreedAddress)],
});

const refusedOn = (deliveredOn: string) => ({
  mailings: [{ ...emsDemand('refused'), sentOn: '2024-03-12', deliveredOn }],
});

/** Interruption by demand, agreement to perform, part payment, suit (民法典 195; 诉讼时效规定 第8、10、14条). */
export const interruptionCases: LegalCase[] = [
  // 2025-06-01 is a Sunday inside 端午 2025-05-31..06-02 → Tuesday 06-03.
  {
    id: 'int-demand-delivered',
    article: '民法典 第195条 第1项',
    asOf: '2024-01-01',
    case: { ...base, events: [{ date: '2022-06-01', kind: 'demand-delivered' }] },
    parties: [{ expiresOn: '2025-06-03', rule: 'prc-interrupted' }],
  },
  // 2026-05-10 is a Sunday (only 05-09 was made a working day) → Monday 05-11.
  {
    id: 'int-acknowledged',
    article: '民法典 第195条 第2项',
    asOf: '2024-01-01',
    case: { ...base, events: [{ date: '2023-05-10', kind: 'acknowledged' }] },
    parties: [{ expiresOn: '2026-05-11', rule: 'prc-interrupted' }],
  },
  {
    id: 'int-acknowledged-not-agreeing',
    article: '民法典 第195条 第2项',
    asOf: '2024-01-01',
    case: { ...base, events: [{ date: '2023-05-10', kind: 'acknowledged', agreesToPerform: false }] },
    parties: [{ expiresOn: '2024-03-15', rule: 'prc-three-years' }],
  },
  {
    id: 'int-promise',
    article: '诉讼时效规定 第14条',
    asOf: '2024-01-01',
    case: { ...base, events: [{ date: '2023-05-10', kind: 'promise-to-pay' }] },
    parties: [{ expiresOn: '2026-05-11', rule: 'prc-interrupted' }],
  },
  // 2025-07-20 is a Sunday → 07-21.
  {
    id: 'int-part-payment',
    article: '诉讼时效规定 第14条',
    asOf: '2024-01-01',
    case: { ...base, payments: [{ date: '2022-07-20', amount: '100.00' }] },
    parties: [{ expiresOn: '2025-07-21', rule: 'prc-interrupted' }],
  },
  {
    id: 'int-payment-event',
    article: '诉讼时效规定 第14条',
    asOf: '2024-01-01',
    case: { ...base, events: [{ date: '2022-07-20', kind: 'payment' }] },
    parties: [{ expiresOn: '2025-07-21' }],
  },
  // Mailings arrive 2022-08-10; 2025-08-10 is a Sunday → 08-11.
  {
    id: 'int-mail-delivered',
    article: '诉讼时效规定 第8条 第1款 第2项',
    asOf: '2024-01-01',
    case: { ...base, ...mailing('delivered') },
    parties: [{ expiresOn: '2025-08-11', rule: 'prc-interrupted' }],
  },
  {
    id: 'int-mail-refused',
    article: '诉讼时效规定 第8条 第1款 第2项',
    asOf: '2024-01-01',
    case: { ...base, ...mailing('refused') },
    parties: [{ expiresOn: '2025-08-11' }],
  },
  // Sent 2024-03-12, refused 2024-03-15 (the last day): it arrived in time (应当到达), three years from the refusal.
  {
    id: 'int-mail-refused-on-last-day',
    article: '诉讼时效规定 第8条 第1款 第2项',
    asOf: '2024-06-01',
    case: { ...base, ...refusedOn('2024-03-15') },
    parties: [{ expiresOn: '2027-03-15', rule: 'prc-interrupted', expired: false }],
  },
  // Sent before the end, refused 2024-03-18, after it: the refusal date decides, and it came too late.
  {
    id: 'int-mail-refused-after-expiry',
    article: '诉讼时效规定 第8条 第1款 第2项; 民法典 第192条',
    asOf: '2024-06-01',
    case: { ...base, ...refusedOn('2024-03-18') },
    parties: [{ expiresOn: '2024-03-15', rule: 'prc-three-years', expired: true }],
  },
  {
    id: 'int-mail-returned-agreed-address',
    article: '诉讼时效规定 第8条 第1款 第2项',
    asOf: '2024-01-01',
    case: { ...base, ...mailing('returned', true) },
    parties: [{ expiresOn: '2025-08-11' }],
  },
  {
    id: 'int-mail-returned-other-address',
    article: '诉讼时效规定 第8条 第1款 第2项',
    asOf: '2024-01-01',
    case: { ...base, ...mailing('returned') },
    parties: [{ expiresOn: '2024-03-15', rule: 'prc-three-years' }],
  },
  {
    id: 'int-demand-only-sent',
    article: '民法典 第195条 第1项',
    asOf: '2024-01-01',
    case: { ...base, events: [{ date: '2022-06-01', kind: 'demand-sent' }] },
    parties: [{ expiresOn: '2024-03-15' }],
  },
  {
    id: 'int-demand-after-expiry',
    article: '民法典 第192条',
    asOf: '2024-06-01',
    case: { ...base, events: [{ date: '2024-04-01', kind: 'demand-delivered' }] },
    parties: [{ expiresOn: '2024-03-15', expired: true }],
  },
  {
    id: 'int-payment-after-expiry',
    article: '民法典 第192条',
    asOf: '2024-06-01',
    case: { ...base, payments: [{ date: '2024-04-01', amount: '100.00' }] },
    parties: [{ expiresOn: '2024-03-15', expired: true }],
  },
  {
    id: 'int-suit',
    article: '民法典 第195条 第3项',
    asOf: '2024-01-01',
    case: { ...base, events: [{ date: '2022-01-05', kind: 'suit-filed' }] },
    parties: [{ expiresOn: null, rule: 'prc-suit' }],
  },
  {
    id: 'int-act-after-as-of',
    article: '民法典 第195条',
    asOf: '2022-05-31',
    case: { ...base, events: [{ date: '2022-06-01', kind: 'demand-delivered' }] },
    parties: [{ expiresOn: '2024-03-15' }],
  },
  // As int-demand-delivered: published 2022-06-01 → 2025-06-03.
  {
    id: 'int-public-notice',
    article: '诉讼时效规定 第8条 第1款 第4项',
    asOf: '2024-01-01',
    case: { ...base, events: [{ date: '2022-06-01', kind: 'public-notice' }] },
    parties: [{ expiresOn: '2025-06-03', rule: 'prc-interrupted' }],
  },
  // Demand 2021-06-01 → 2024-06-01 (Saturday) → 06-03; acknowledgment 2023-04-10 → 2026-04-10, a Friday.
  {
    id: 'int-chain',
    article: '民法典 第195条',
    asOf: '2024-01-01',
    case: {
      ...base,
      events: [
        { date: '2021-06-01', kind: 'demand-delivered' },
        { date: '2023-04-10', kind: 'acknowledged' },
      ],
    },
    parties: [{ expiresOn: '2026-04-10', rule: 'prc-interrupted' }],
  },
];
