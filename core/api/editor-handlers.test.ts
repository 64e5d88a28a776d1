import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { useTempDir } from '../../test/support/temp-dir.js';
import { caseHistory } from '../store/case-revisions.js';
import { openStore, type Store } from '../store/open.js';
import { getCase } from '../store/read-cases.js';
import { callApi } from './handlers.js';

const tempDir = useTempDir();
let store: Store | undefined;
afterEach(() => store?.close());

const TYPED = {
  version: 1,
  locale: 'zh-CN',
  title: '甲诉乙',
  currency: 'CNY',
  creditor: { name: '甲公司', kind: 'company' },
  debtors: [{ name: '乙公司', kind: 'company', role: 'debtor', phone: '' }],
  claims: [{ id: 'C1', description: '货款', amount: '12万', dueDate: '2025-01-01' }],
  payments: [{ date: '2025-02-01', amount: '¥20,000.00', claim: 'C1' }],
};

describe('saving from the case editor', () => {
  it('creates a case from typed amounts, then changes it as one more revision', async () => {
    store = openStore(join(tempDir(), 'casepack.db'));
    const c = { store, today: () => '2026-01-05' };
    const created = (await callApi(c, 'cases/save', { case: TYPED })) as { id: number; errors: [] };
    expect(created.errors).toEqual([]);
    const stored = getCase(store, created.id).raw as any;
    expect(stored.claims[0].amount).toBe('120000.00');
    expect(stored.payments[0].amount).toBe('20000.00');
    expect(stored.debtors[0]).not.toHaveProperty('phone');

    const edited = structuredClone(stored);
    edited.payments[0].amount = '3万';
    expect(await callApi(c, 'cases/save', { id: created.id, case: edited })).toEqual({ id: created.id, errors: [] });
    expect((getCase(store, created.id).raw as any).payments[0].amount).toBe('30000.00');
    expect(caseHistory(store.db, created.id)).toHaveLength(2);
  });

  it('stores nothing and names the fields when some are refused', async () => {
    store = openStore(join(tempDir(), 'casepack.db'));
    const c = { store, today: () => '2026-01-05' };
    const bad = structuredClone(TYPED) as any;
    bad.claims[0].amount = '12万5';
    bad.payments[0].claim = 'C2';
    const answer = await callApi(c, 'cases/save', { case: bad });
    expect(answer).toEqual({ errors: [{ path: 'claims[0].amount', code: 'amount.format', params: {} }] });
    bad.claims[0].amount = '125000';
    expect(await callApi(c, 'cases/save', { case: bad })).toEqual({
      errors: [{ path: 'payments[0].claim', code: 'unknown-claim', params: { id: 'C2' } }],
    });
    expect(store.db.prepare('SELECT count(*) AS n FROM cases').get()).toEqual({ n: 0 });
  });
});
