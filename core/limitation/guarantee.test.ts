import { describe, expect, it } from 'vitest';
import type { CaseFileInput } from '../case/schema.js';
import { makeCase } from '../calc/case-fixture.js';
import { explainCase } from '../calc/calculate-case.js';

const limitationAt = (data: ReturnType<typeof makeCase>, asOf: string) => explainCase(data, asOf).limitation;

// Principal debt due 2024-03-15; six months → 2024-09-15, in 中秋 (09-15..17) → Wednesday 2024-09-18.
function guarantor(
  guarantee: { kind: 'joint' | 'general'; months?: number } | undefined,
  fields: Partial<CaseFileInput>,
  asOf: string,
) {
  const debtors = [
    { name: '乙公司', kind: 'company', role: 'debtor' },
    { name: '丁某', kind: 'person', role: 'guarantor', ...(guarantee ? { guarantee } : {}) },
  ] as const;
  const claims = [{ id: 'c1', description: '货款', amount: '1000.00', dueDate: '2024-03-15' }];
  return limitationAt(makeCase({ debtors: [...debtors], claims, ...fields }), asOf)[1]!;
}

describe('guarantee period (民法典 第692–694条)', () => {
  it.each([
    ['joint, no demand yet: demand by the end of the period', { kind: 'joint' }, {}, '2024-08-01', '2024-09-18', 'art. 693(2)'],
    ['joint, period passed: released', { kind: 'joint' }, {}, '2024-10-01', '2024-09-18', 'lapsed'],
    // Demand to the guarantor 2024-06-03 → its own three years end 2027-06-03, but the principal debt's end
    // 2027-03-15 (a Monday) first: the guarantor has the debtor's defence.
    [
      'joint, demand within the period: the earlier of its three years and the principal debt’s',
      { kind: 'joint' },
      { events: [{ date: '2024-06-03', kind: 'demand-delivered', party: 1 }] },
      '2024-10-01',
      '2027-03-15',
      'art. 701',
    ],
    // A demand to both on 2024-06-03: both run to 2027-06-03 (a Thursday); the guarantee debt's own basis stands.
    [
      'joint, demand to both within the period: three years from it',
      { kind: 'joint' },
      {
        events: [
          { date: '2024-06-03', kind: 'demand-delivered' },
          { date: '2024-06-03', kind: 'demand-delivered', party: 1 },
        ],
      },
      '2024-10-01',
      '2027-06-03',
      'art. 694(2)',
    ],
    [
      'joint, demand after the period: released',
      { kind: 'joint' },
      { events: [{ date: '2024-09-20', kind: 'demand-delivered', party: 1 }] },
      '2024-10-01',
      '2024-09-18',
      'lapsed',
    ],
    [
      'joint, a demand to the debtor is not one to the guarantor',
      { kind: 'joint' },
      { events: [{ date: '2024-06-03', kind: 'demand-delivered' }] },
      '2024-08-01',
      '2024-09-18',
      'demand payment from the joint guarantor',
    ],
    ['general: sue the debtor within the period', { kind: 'general' }, {}, '2024-08-01', '2024-09-18', 'art. 693(1)'],
    [
      'general, never interrupted: a demand to the guarantor changes nothing',
      { kind: 'general' },
      { events: [{ date: '2024-06-03', kind: 'demand-delivered', party: 1 }] },
      '2024-08-01',
      '2024-09-18',
      'sue the debtor',
    ],
    [
      'general, suit against the debtor in time',
      { kind: 'general' },
      { events: [{ date: '2024-08-01', kind: 'suit-filed', party: 0 }] },
      '2024-10-01',
      null,
      'art. 694(1)',
    ],
    ['no guarantee terms: a general guarantee (第686条)', undefined, {}, '2024-08-01', '2024-09-18', 'sue the debtor'],
    // Twelve months agreed: 2025-03-15 is a Saturday → Monday 2025-03-17.
    ['agreed months', { kind: 'joint', months: 12 }, {}, '2024-08-01', '2025-03-17', '12 months'],
  ] as const)('%s', (_name, terms, fields, asOf, expiresOn, basis) => {
    const entry = guarantor(terms, fields as Partial<CaseFileInput>, asOf);
    expect(entry.expiresOn).toBe(expiresOn);
    expect(entry.basis).toContain(basis);
  });

  it('warns: 2024-08-01 → 2024-09-18 is 30 + 18 = 48 days', () => {
    expect(guarantor({ kind: 'joint' }, {}, '2024-08-01')).toMatchObject({ daysLeft: 48, warning: true });
  });
});
