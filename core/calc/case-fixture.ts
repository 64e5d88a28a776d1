import { caseFileShape, type CaseFile, type CaseFileInput } from '../case/schema.js';

/** A valid case for tests and the bench: one creditor, one debtor, the fields given replacing the defaults. */
export function makeCase(fields: Partial<CaseFileInput>): CaseFile {
  return caseFileShape.parse({
    version: 1,
    locale: 'zh-CN',
    title: 'test case',
    currency: 'CNY',
    creditor: { name: '甲公司', kind: 'company' },
    debtors: [{ name: '乙公司', kind: 'company', role: 'debtor' }],
    claims: [{ id: 'c1', description: '货款', amount: '1000.00', dueDate: '2024-01-10' }],
    ...fields,
  });
}
