import { describe, expect, it } from 'vitest';
import { readCaseDraft } from './case-draft.js';

/** A case as the editor sends it: amounts as typed, optional fields left blank. */
function typed(change: (c: any) => void = () => {}): unknown {
  const draft = {
    version: 1,
    locale: 'zh-CN',
    title: '测试案件',
    currency: 'CNY',
    creditor: { name: '甲公司', kind: 'company', idNumber: '', phone: ' ' },
    debtors: [
      { name: '乙公司', kind: 'company', role: 'debtor', address: '' },
      { name: '丙', kind: 'person', role: 'guarantor', guarantee: { kind: 'joint' } },
    ],
    claims: [
      { id: 'INV-1', description: '货款', amount: '12万', dueDate: '2025-01-31' },
      { id: 'INV-2', description: '货款', amount: '¥85,000.50', dueDate: '2025-03-31' },
    ],
    payments: [{ date: '2025-04-10', amount: '1.5万元', claim: 'INV-1', note: '' }],
    lateCharge: { kind: 'daily-rate', rate: '0.0005' },
    events: [{ date: '2025-05-01', kind: 'promise-to-pay', party: 0, promise: { amount: '120,000元', dueOn: '2025-06-01' } }],
  };
  change(draft);
  return draft;
}

const GUARANTEE = 'debtors[1].guarantee';

/** The guarantor's guarantee made a 最高额保证 over `period`, with the ceiling typed (none when null). */
const maximum =
  (period: { from?: string; to?: string }, maxAmount: string | null = '5万') =>
  (c: any) =>
    Object.assign(c.debtors[1].guarantee, { type: 'maximum-amount', period, ...(maxAmount && { maxAmount }) });

describe('a case typed in the editor', () => {
  it('reads typed amounts as decimal text and leaves blank fields out', () => {
    const draft = readCaseDraft(typed());
    expect(draft.errors).toEqual([]);
    if (!('raw' in draft)) throw new Error('refused');
    const raw = draft.raw as any;
    expect(raw.claims.map((c: any) => c.amount)).toEqual(['120000.00', '85000.50']);
    expect(raw.payments[0]).toEqual({ date: '2025-04-10', amount: '15000.00', claim: 'INV-1' });
    expect(raw.events[0].promise.amount).toBe('120000.00');
    expect(raw.creditor).toEqual({ name: '甲公司', kind: 'company' });
    expect(raw.debtors[0]).not.toHaveProperty('address');
  });

  it.each([
    ['人民币', 'CNY'],
    ['RMB', 'CNY'],
    ['元', 'CNY'],
    ['￥', 'CNY'],
    ['人民币（CNY）', 'CNY'],
    ['英镑', 'GBP'],
    ['GBP £', 'GBP'],
    ['US$', 'USD'],
    ['usd', 'USD'],
  ])('stores the currency typed as %s by its ISO code %s', (written, code) => {
    const draft = readCaseDraft(typed((c) => (c.currency = written)));
    expect(draft.errors).toEqual([]);
    if (!('raw' in draft)) throw new Error('refused');
    expect(draft.data.currency).toBe(code);
  });

  it('refuses a currency it cannot read, by its field and code', () => {
    expect(readCaseDraft(typed((c) => (c.currency = '贝壳'))).errors).toEqual([
      { path: 'currency', code: 'currency', params: {} },
    ]);
  });

  it('names each refused field with a code, never an English sentence', () => {
    const draft = readCaseDraft(
      typed((c) => {
        c.claims[1].amount = '12.345';
        c.payments[0].amount = 'abc';
      }),
    );
    expect(draft.errors).toEqual([
      { path: 'claims[1].amount', code: 'amount.decimals', params: {} },
      { path: 'payments[0].amount', code: 'amount.format', params: {} },
    ]);
  });

  it.each([
    ['a name left blank', (c: any) => (c.debtors[0].name = ''), 'debtors[0].name', 'required', {}],
    ['a day that does not exist', (c: any) => (c.claims[0].dueDate = '2025-02-30'), 'claims[0].dueDate', 'no-such-day', {}],
    ['a date not a date', (c: any) => (c.payments[0].date = '10/04/2025'), 'payments[0].date', 'date', {}],
    ['an id used twice', (c: any) => (c.claims[1].id = 'INV-1'), 'claims[1].id', 'duplicate-id', { id: 'INV-1' }],
    [
      'a payment naming no claim',
      (c: any) => (c.payments[0].claim = 'INV-9'),
      'payments[0].claim',
      'unknown-claim',
      { id: 'INV-9' },
    ],
    ['no principal debtor', (c: any) => (c.debtors[0].role = 'guarantor'), 'debtors', 'no-debtor', {}],
    ['no claims', (c: any) => (c.claims = []), 'claims', 'at-least-one', {}],
    ['a rate in per cent', (c: any) => (c.lateCharge.rate = '0.05%'), 'lateCharge.rate', 'rate', {}],
    ['months out of range', (c: any) => (c.debtors[1].guarantee.months = 0), 'debtors[1].guarantee.months', 'out-of-range', {}],
    ['a kind not offered', (c: any) => (c.debtors[0].kind = 'trust'), 'debtors[0].kind', 'choice', {}],
    [
      'a 最高额保证 with no period, on its first day',
      maximum({ from: '', to: '' }),
      `${GUARANTEE}.period.from`,
      'maximum-period',
      {},
    ],
    [
      'a 最高额保证 with no ceiling',
      maximum({ from: '2025-01-01', to: '2025-12-31' }, null),
      `${GUARANTEE}.maxAmount`,
      'maximum-ceiling',
      {},
    ],
    [
      'a period ending before it starts',
      maximum({ from: '2025-12-31', to: '2025-01-01' }),
      `${GUARANTEE}.period.to`,
      'date-order',
      { date: '2025-12-31' },
    ],
    ['a period without its last day', maximum({ from: '2025-01-01' }), `${GUARANTEE}.period.to`, 'required', {}],
    ['a period day that is not a date', maximum({ from: '2025-01-01', to: '31/12/2025' }), `${GUARANTEE}.period.to`, 'date', {}],
    [
      'a period on an ordinary guarantee',
      (c: any) => (c.debtors[1].guarantee.period = { from: '2025-01-01', to: '2025-12-31' }),
      'debtors[1].guarantee.type',
      'period-not-maximum',
      {},
    ],
    [
      'a day a debt arose that does not exist',
      (c: any) => (c.claims[0].arisenOn = '2025-02-30'),
      'claims[0].arisenOn',
      'no-such-day',
      {},
    ],
    [
      'a ceiling that is not an amount',
      (c: any) => (c.debtors[1].guarantee.maxAmount = '五万'),
      'debtors[1].guarantee.maxAmount',
      'amount.format',
      {},
    ],
  ])('%s', (_what, change, path, code, params) => {
    const draft = readCaseDraft(typed(change));
    expect(draft.errors).toContainEqual({ path, code, params });
  });
});
