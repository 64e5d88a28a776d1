import { describe, expect, it } from 'vitest';
import { summarise } from '../api/case-summary.js';
import { calculateCase } from '../calc/calculate-case.js';
import { makeCase } from '../calc/case-fixture.js';
import type { CaseFileInput } from '../case/schema.js';
import { caseLimitationDate } from './case-limitation-date.js';

const AS_OF = '2026-01-10';
const parties = [
  { name: '乙公司', kind: 'company' as const, role: 'debtor' as const },
  { name: '丁某', kind: 'person' as const, role: 'guarantor' as const, guarantee: { kind: 'joint' as const } },
];
// The debt fell due 2024-03-15. The debtor was sent a demand delivered 2025-09-01: a new three-year period
// (民法典 第195条) to 2028-09-01, a Friday. The joint guarantee has no agreed period: six months from the due
// date (民法典 第692条), 2024-09-15, in the 中秋 holiday of 2024-09-15..17, so 2024-09-18 (第203条).
const base: Partial<CaseFileInput> = {
  debtors: parties,
  claims: [{ id: 'c1', description: '货款', amount: '1000.00', dueDate: '2024-03-15' }],
};
const demandOnDebtor = { date: '2025-09-01', kind: 'demand-delivered' as const, party: 0 };

const row = (fields: Partial<CaseFileInput>) => {
  const data = makeCase({ ...base, ...fields });
  return summarise({
    row: { id: 1, title: 't', locale: 'zh-CN', currency: 'CNY', contractNumber: null, updatedAt: '', debtor: '乙公司' },
    document: JSON.stringify(data),
    stored: undefined,
    asOf: AS_OF,
  });
};

describe("a case's one limitation date", () => {
  it('leaves out a guarantor whose guarantee lapsed, however early its date: the debtor’s date is the case’s', () => {
    // No demand reached the guarantor within the period: released on 2024-09-18 (民法典 第693条 第2款).
    const data = makeCase({ ...base, events: [demandOnDebtor] });
    const limitation = calculateCase(data, AS_OF).limitation;
    expect(limitation.map((l) => [l.role, l.expiresOn])).toEqual([
      ['debtor', '2028-09-01'],
      ['guarantor', '2024-09-18'],
    ]);
    expect(caseLimitationDate(limitation, AS_OF)).toMatchObject({
      party: 0,
      role: 'debtor',
      expiresOn: '2028-09-01',
      warning: false,
    });

    const summary = row({ events: [demandOnDebtor] });
    expect(summary).toMatchObject({ limitationExpiresOn: '2028-09-01', limitationWarning: false, limitationParty: null });
    // The desk lists no deadline for the released guarantor either.
    expect(summary.deadlines.map((d) => [d.name, d.expiresOn])).toEqual([['乙公司', '2028-09-01']]);
  });

  it('names a guarantor still liable whose date comes first', () => {
    // A demand delivered to the joint guarantor on 2024-06-03, within the period, keeps the guarantee; the
    // guarantee debt's three years run from then (民法典 第694条 第2款): 2027-06-03, a Thursday.
    const events = [demandOnDebtor, { date: '2024-06-03', kind: 'demand-delivered' as const, party: 1 }];
    const summary = row({ events });
    expect(summary).toMatchObject({
      limitationExpiresOn: '2027-06-03',
      limitationParty: { name: '丁某', role: 'guarantor' },
    });
    expect(summary.deadlines.map((d) => [d.name, d.kind, d.expiresOn])).toEqual([
      ['丁某', 'limitation', '2027-06-03'],
      ['乙公司', 'limitation', '2028-09-01'],
    ]);
  });

  it('has no date when the only dates left are of released parties, and marks one within 90 days', () => {
    // Without the demand the debtor's own three years run from 2024-03-15 to 2027-03-15: 429 days from
    // 2026-01-10, not marked; on 2027-01-01, 73 days before, marked.
    expect(row({})).toMatchObject({ limitationExpiresOn: '2027-03-15', limitationWarning: false });
    const limitation = calculateCase(makeCase(base), '2027-01-01').limitation;
    expect(caseLimitationDate(limitation, '2027-01-01')).toMatchObject({ expiresOn: '2027-03-15', warning: true });
    const onlyGuarantor = limitation.filter((l) => l.role === 'guarantor');
    expect(onlyGuarantor[0]!.guaranteeLapsed).toEqual({ periodEnd: '2024-09-18' });
    expect(caseLimitationDate(onlyGuarantor, '2027-01-01')).toBeNull();
  });
});
