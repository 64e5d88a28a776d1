import { describe, expect, it } from 'vitest';
import { makeCase } from './case-fixture.js';
import { explainCase } from './calculate-case.js';

const guarantor = { name: '丙某', kind: 'person', role: 'guarantor', guarantee: { kind: 'joint' } } as const;

/** A zh-CN case with each kind of reason: an LPR rate change, a promise, a guarantor, a payment after as-of. */
const data = makeCase({
  debtors: [{ name: '乙公司', kind: 'company', role: 'debtor' }, guarantor],
  claims: [{ id: 'c1', description: '货款', amount: '10000.00', dueDate: '2024-06-30' }],
  lateCharge: { kind: 'lpr', multiplier: '1.5', basis: 360, mode: 'floating' },
  payments: [{ date: '2025-03-01', amount: '100.00' }],
  events: [
    { date: '2024-09-02', kind: 'demand-delivered', party: 1 },
    { date: '2024-11-05', kind: 'promise-to-pay', party: 0 },
  ],
});

describe('reasons in Chinese for a zh-CN case', () => {
  const zh = explainCase(data, '2025-01-31', 'zh');
  const en = explainCase(data, '2025-01-31', 'en');

  it('gives the same figures and dates in either language', () => {
    const figures = (c: typeof zh) => ({
      total: c.total,
      rows: c.statement.map((row) => ({ ...row, rateNote: '' })),
      dates: c.limitation.map((l) => [l.expiresOn, l.daysLeft, l.warning]),
    });
    expect(figures(zh)).toEqual(figures(en));
  });

  it('writes rate notes in Chinese: LPR 3.35% (from 2024-07-22), then 3.10% (from 2024-10-21), each × 1.5', () => {
    expect(zh.statement.map((r) => r.rateNote)).toEqual(['LPR 3.45%的1.5倍', 'LPR 3.35%的1.5倍', 'LPR 3.1%的1.5倍']);
    expect(en.statement.map((r) => r.rateNote)).toEqual(['1.5 × LPR 3.45%', '1.5 × LPR 3.35%', '1.5 × LPR 3.1%']);
  });

  it('explains each limitation date in Chinese, citing the article', () => {
    const [debtor, surety] = zh.limitation;
    expect(debtor!.basis).toBe('时间线第2条（承诺付款）：2024-11-05债务人承诺付款，诉讼时效中断，重新计算三年（民法典第195条）');
    expect(debtor!.notes.join()).toMatch(/付款承诺/);
    expect(surety!.basis).toContain('向连带责任保证人请求承担保证责任');
    expect(surety!.basis).toContain('民法典第694条第2款');
    expect(surety!.basis).toContain('诉讼时效期间三年（民法典第188条）');
  });

  it('warns in Chinese', () => {
    expect(zh.warnings).toContain('2025-03-01的付款100.00晚于计算截止日2025-01-31，未计入');
  });

  it('keeps English for an English case, whose rules are stated in English', () => {
    const english = explainCase({ ...data, locale: 'en-GB' }, '2025-01-31', 'zh');
    expect(english.limitation[0]!.basis).toMatch(/Limitation Act 1980/);
    expect(english.statement[0]!.rateNote).toBe('1.5 × LPR 3.45%');
  });
});
