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

  it('words an English case in Chinese too when asked: its statute named in Chinese, Bank Rate as 英格兰银行基准利率', () => {
    // Due 2024-06-30, charges from 2024-07-01: Bank Rate on 2024-06-30 was 5.25%; a part payment on 2025-01-10
    // makes the right accrue afresh (s.29(5)): six years from then.
    const english = makeCase({
      locale: 'en-GB',
      currency: 'GBP',
      debtors: [{ name: 'Debtor Ltd', kind: 'company', role: 'debtor' }],
      claims: [{ id: 'inv1', description: 'invoice', amount: '1000.00', dueDate: '2024-06-30' }],
      lateCharge: { kind: 'uk-statutory' },
      payments: [{ date: '2025-01-10', amount: '10.00' }],
    });
    const inZh = explainCase(english, '2025-01-31', 'zh');
    const inEn = explainCase(english, '2025-01-31', 'en');
    expect(inZh.statement[0]!.rateNote).toBe('英格兰银行基准利率5.25%（2024-06-30）加8%');
    expect(inEn.statement[0]!.rateNote).toBe('8% + Bank Rate 5.25% on 2024-06-30');
    expect(inZh.limitation[0]!.expiresOn).toBe('2031-01-10');
    expect(inZh.limitation[0]!.basis).toBe(
      '第1笔付款（10.00）：2025-01-10部分付款，请求权重新产生，时效期间六年（英国《1980年时效法》第29条第5款）',
    );
    expect(inEn.limitation[0]!.basis).toMatch(/Limitation Act 1980 s\.29\(5\)/);
    expect(explainCase(english, '2024-12-31', 'zh').limitation[0]!.basis).toBe(
      '债权inv1于2024-06-30到期，诉因自次日产生，时效期间六年（英国《1980年时效法》第5条）',
    );
  });

  it('words the English notes and an en-US case in Chinese too', () => {
    // Due 2020-03-31, accrued 2020-04-01: six years → 2026-04-01; an acknowledgment on 2026-05-01 comes too late.
    const english = makeCase({
      locale: 'en-GB',
      currency: 'GBP',
      debtors: [
        { name: 'Debtor Ltd', kind: 'company', role: 'debtor' },
        { name: 'Surety Ltd', kind: 'company', role: 'guarantor', guarantee: { kind: 'joint' } },
      ],
      claims: [{ id: 'inv1', description: 'invoice', amount: '1000.00', dueDate: '2020-03-31' }],
      events: [{ date: '2026-05-01', kind: 'acknowledged' }],
    });
    const [debtor, surety] = explainCase(english, '2026-06-01', 'zh').limitation;
    expect(debtor!.notes).toContain(
      '时间线第1条（债务确认）发生于2026-05-01，在时效期间届满（2026-04-01）之后，不能使请求权恢复（英国《1980年时效法》第29条第7款）',
    );
    expect(surety!.notes).toContain('保证人的责任可能自依保证合同提出付款请求时才产生：此处按主债务计算（日期较早，更为稳妥）');
    const american = makeCase({
      locale: 'en-US',
      currency: 'USD',
      debtors: [{ name: 'Jo Roe', kind: 'person', role: 'debtor' }],
    });
    expect(explainCase(american, '2024-06-01', 'zh').limitation[0]!.basis).toBe('本版本不计算美国案件的诉讼时效');
  });
});
