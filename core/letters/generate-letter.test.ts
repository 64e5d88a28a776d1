import { basename, dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CaseFile } from '../case/schema.js';
import { loadCaseFile } from '../case/validate.js';
import { formatGroupedCents } from '../money/money.js';
import { Dec } from '../money/decimal.js';
import { listTemplates } from '../templates/library.js';
import { EXAMPLE_CASES } from '../../test/support/examples.js';
import { LetterInputError } from './errors.js';
import { generateLetter } from './generate-letter.js';
import type { LetterSettings } from './settings.js';
import { usConsumerCase } from '../../test/support/us-consumer-case.js';
import type { UsValidation } from './us-validation.js';

const AS_OF: Record<string, string> = {
  'zh-sale-of-goods': '2025-09-01',
  'zh-property-fee': '2025-07-01',
  'en-gb-unpaid-invoice': '2026-10-01',
  'en-gb-unpaid-invoice (company debtor)': '2026-10-01',
};
/** The examples' judgments took effect in 2026: an enforcement application is dated after them. */
const asOfFor = (templateId: string, example: string) =>
  templateId === 'enforcement-application' ? '2026-11-22' : (AS_OF[example] ?? '2025-06-02');
const SETTINGS: LetterSettings = {
  letterNo: '申衡律函〔2025〕第018号',
  firm: { name: '上海申衡律师事务所' },
  lawyer: { name: '林嘉怡', licenseNo: '13101201910123456' },
  account: { name: '收款单位全称', bank: '中国工商银行上海川沙支行', number: '1001 2345 6789 0123 456' },
  signatory: '顾承远',
};

const cases = await Promise.all(
  EXAMPLE_CASES.map(async (file) => ({ name: basename(dirname(file)), data: (await loadCaseFile(file)).data })),
);
const gb = cases.find((c) => c.name === 'en-gb-unpaid-invoice')!;
// The 14-day letter-of-claim is for a company debtor only (core/letters/template-fit.ts): the example as a company.
const gbCompany = { ...gb.data, debtors: gb.data.debtors.map((d) => ({ ...d, kind: 'company' as const })) };
const all = [
  ...cases,
  { name: 'en-gb-unpaid-invoice (company debtor)', data: gbCompany },
  { name: 'us-consumer (test fixture)', data: usConsumerCase() },
];
const protocolFits = (id: string, data: CaseFile) =>
  data.locale !== 'en-GB' || (id === 'letter-of-claim') === (data.debtors[0]!.kind === 'company');
const runs = all.flatMap(({ name, data }) =>
  listTemplates()
    .filter(
      (t) =>
        t.locale === data.locale && !(t.id === 'property-fee-notice' && name !== 'zh-property-fee') && protocolFits(t.id, data),
    )
    .map((t) => ({ label: `${t.locale}/${t.id} × ${name}`, id: t.id, data, asOf: asOfFor(t.id, name) })),
);

describe('every template renders for every example case of its locale', () => {
  it('covers each shipped template at least once', () => {
    expect(new Set(runs.map((r) => `${r.data.locale}/${r.id}`))).toEqual(
      new Set(listTemplates().map((t) => `${t.locale}/${t.id}`)),
    );
  });

  it.each(runs)('$label', ({ id, data, asOf }) => {
    const letter = generateLetter(data, { templateId: id, asOf, settings: SETTINGS });
    const debtor = data.debtors.find((d) => d.role === 'debtor')!;
    expect(letter.text).toContain(data.creditor.name);
    expect(letter.findings.filter((f) => f.severity === 'error')).toEqual([]);
    // Papers about the creditor's side of a suit, and an application that rests on the judgment, not the contract.
    if (id === 'power-of-attorney' || id === 'legal-representative-certificate') return;
    expect(letter.text).toContain(debtor.name);
    if (id === 'enforcement-application') {
      expect(letter.text).toContain(data.filing!.judgment!.caseNumber);
      return;
    }
    expect(letter.text).toContain(data.contract!.number!);
    expect(letter.text).toContain(formatGroupedCents(letter.statement.total));
    expect(letter.statement.totalInWords).not.toBeNull();
    expect(letter.text).toContain(letter.statement.totalInWords!);
    expect(letter.model.blocks.length).toBeGreaterThan(5);
  });
});

describe('generateLetter', () => {
  const sale = cases.find((c) => c.name === 'zh-sale-of-goods')!.data;

  it('names the settings a template needs when they are missing', () => {
    const noAgent = { ...sale, agent: undefined };
    expect(() => generateLetter(noAgent, { templateId: 'lawyer-letter', asOf: '2025-09-01' })).toThrow(LetterInputError);
    expect(() => generateLetter(noAgent, { templateId: 'lawyer-letter', asOf: '2025-09-01' })).toThrow(
      /firm\.name, lawyer\.name, lawyer\.licenseNo, letterNo/,
    );
  });

  it('puts the letterhead and statement into the model, and the 函号 given on the creditor’s own letter only', () => {
    const letterhead = { name: '上海澄川机电设备有限公司', lines: ['上海市浦东新区川沙路1288号'] };
    const noNumber = { ...SETTINGS, letterNo: undefined };
    const letter = generateLetter(sale, {
      templateId: 'demand-letter',
      asOf: '2025-09-01',
      settings: { ...noNumber, letterhead },
    });
    expect(letter.model.letterhead).toEqual(letterhead);
    expect(letter.model.header ?? null).toBeNull();
    expect(letter.text).not.toContain(SETTINGS.letterNo!);
    // The number of the letter's own sender (core/senders): in the running header and at the top right.
    const numbered = generateLetter(sale, {
      templateId: 'demand-letter',
      asOf: '2025-09-01',
      settings: { ...noNumber, letterhead, letterNo: '〔2025〕第019号' },
    });
    expect(numbered.model.header).toContain('〔2025〕第019号');
    expect(numbered.text.indexOf('〔2025〕第019号')).toBeLessThan(numbered.text.indexOf('：'));
    const ack = generateLetter(sale, { templateId: 'debt-acknowledgment', asOf: '2025-09-01', settings: SETTINGS });
    expect(ack.text).not.toContain(SETTINGS.letterNo!);
    const lawyer = generateLetter(sale, { templateId: 'lawyer-letter', asOf: '2025-09-01', settings: SETTINGS });
    expect(lawyer.text).toContain(SETTINGS.letterNo!);
    expect(letter.model.title).toBe('催款函');
    expect(letter.text).toContain('逾期付款违约金按每日0.05%计算');
    const tables = letter.model.blocks.filter((b) => b.type === 'table');
    expect(tables).toHaveLength(2);
  });

  it('words each kind of late charge by its own name and basis', () => {
    const loss = { ...sale, lateCharge: { kind: 'overdue-loss' as const, markup: '0.3', basis: 360 as const } };
    const text = generateLetter(loss, { templateId: 'demand-letter', asOf: '2025-09-01' }).text;
    expect(text).toContain('逾期付款损失以各笔款项违约行为发生时');
    expect(text).toContain('第十八条第四款');
    expect(text).not.toMatch(/违约金|第五百八十五条/);
    const loan = {
      ...sale,
      lateCharge: { kind: 'annual-rate' as const, rate: '0.12', basis: 365 as const, nature: 'loan-interest' as const },
    };
    const loanText = generateLetter(loan, { templateId: 'lawyer-letter', asOf: '2025-09-01', settings: SETTINGS }).text;
    expect(loanText).toContain('逾期利息');
    expect(loanText).toContain('第六百七十六条');
    expect(loanText).not.toMatch(/违约金|第五百八十五条/);
    const penalty = generateLetter(sale, { templateId: 'demand-letter', asOf: '2025-09-01' }).text;
    expect(penalty).toContain('第五百八十五条');
    expect(penalty).toContain('违约金是否属于该条所称“利息”，各地法院认识不一；本函将违约金按利息的顺序抵充');
  });

  it('refuses a 物业费通知书 for a sale-of-goods case', () => {
    expect(() => generateLetter(sale, { templateId: 'property-fee-notice', asOf: '2025-09-01' })).toThrow(
      expect.objectContaining({ code: 'property-notice-needs-property-fee', message: expect.stringMatching(/sale of goods/) }),
    );
    const property = cases.find((c) => c.name === 'zh-property-fee')!.data;
    const notice = generateLetter(property, { templateId: 'property-fee-notice', asOf: '2025-07-01' });
    expect(notice.text).toContain('对全体业主具有法律约束力（《中华人民共和国民法典》第九百三十九条）');
    expect(notice.text).not.toMatch(/业主.{0,6}签订/);
  });

  it('makes the acknowledgment say the debtor confirms the debt and agrees to pay (诉讼时效规定 第19条)', () => {
    const letter = generateLetter(sale, { templateId: 'debt-acknowledgment', asOf: '2025-09-01' });
    expect(letter.text).toMatch(/债务人认可该笔债务，并同意于2025年9月8日前向债权人清偿全部欠款/);
    expect(letter.model.blocks.some((b) => b.type === 'signature' && b.parties.length === 2)).toBe(true);
  });

  it('refuses an acknowledgment to a guarantor whose guarantee has lapsed, naming the day it ended (担保制度解释 第34条)', () => {
    const lapsed = {
      ...sale,
      debtors: sale.debtors.map((d) => (d.role === 'guarantor' ? { ...d, guarantee: { kind: 'joint' as const, months: 3 } } : d)),
      events: [],
    };
    // The last claim fell due 2024-10-05; three months end 2025-01-05, a Sunday → Monday 2025-01-06.
    expect(() =>
      generateLetter(lapsed, { templateId: 'debt-acknowledgment', asOf: '2025-09-01', settings: { recipient: 1 } }),
    ).toThrow(
      expect.objectContaining({ code: 'guarantee-lapsed', params: { party: 1, guarantor: '周立新', periodEnd: '2025-01-06' } }),
    );
  });

  it('itemizes the US debt so that the items add up to the current amount', () => {
    const letter = generateLetter(usConsumerCase(), { templateId: 'demand-letter', asOf: '2025-06-02' });
    const v = letter.context.validation as unknown as UsValidation;
    expect(v.itemizationDate).toBe('2025-01-15');
    expect(new Dec(v.itemizationAmount).plus(v.interestSince).plus(v.feesSince).minus(v.paymentsSince).toFixed(2)).toBe(
      v.currentAmount,
    );
    expect(v.endDate).toBe('2025-07-09');
    expect(letter.text).toContain('July 9, 2025');
  });
});
