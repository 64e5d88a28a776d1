import { describe, expect, it } from 'vitest';
import { useStoreWithCase } from '../../test/support/store-with-case.js';
import { callApi } from '../api/handlers.js';
import { brokenPromises } from '../ladder/broken-promises.js';
import type { Store } from './open.js';
import { getCase } from './read-cases.js';
import { undoLastChange } from './undo-case.js';

const storeWithCase = useStoreWithCase();

const CASE = {
  version: 1,
  locale: 'zh-CN',
  title: '甲诉乙',
  currency: 'CNY',
  creditor: { name: '甲公司', kind: 'company' },
  debtors: [{ name: '乙', kind: 'person', role: 'debtor' }],
  claims: [{ id: 'C1', description: '货款', amount: '1000.00', dueDate: '2025-01-01' }],
  payments: [{ date: '2025-02-10', amount: '300.00' }],
};
const CALL = { date: '2025-02-01', kind: 'call', party: 0, by: '李催收', outcome: 'no-answer' } as const;
const PROMISE = {
  date: '2025-02-02',
  kind: 'promise-to-pay',
  party: 0,
  by: '李催收',
  outcome: 'promised',
  promise: { amount: '500.00', dueOn: '2025-02-15' },
} as const;

const revisions = (s: Store, id: number) =>
  (s.db.prepare('SELECT count(*) AS n FROM case_revisions WHERE case_id = ?').get(id) as { n: number }).n;

describe('the collection log: entries changed and removed, each change a revision', () => {
  it('edits a promise so that it is kept, removes a call, and undo brings the call back', async () => {
    const { store, c, id } = storeWithCase(CASE);
    await callApi(c, 'events/add', { id, event: CALL });
    await callApi(c, 'events/add', { id, event: PROMISE });
    // 300.00 paid of the 500.00 promised by 2025-02-15: broken.
    expect(brokenPromises(getCase(store, id).data, '2025-03-01').map((b) => b.event)).toEqual([1]);

    const kept = { ...PROMISE, promise: { amount: '300.00', dueOn: '2025-02-15' } };
    await callApi(c, 'events/update', { id, index: 1, seen: PROMISE, event: kept });
    expect(getCase(store, id).data.events[1]).toEqual(kept);
    expect(brokenPromises(getCase(store, id).data, '2025-03-01')).toEqual([]);

    const before = revisions(store, id);
    await callApi(c, 'events/remove', { id, index: 0, seen: CALL });
    expect(getCase(store, id).data.events).toEqual([kept]);
    expect(revisions(store, id)).toBe(before + 1);
    undoLastChange(store, id);
    expect(getCase(store, id).data.events).toEqual([CALL, kept]);
  });

  it('refuses to change an entry that was changed meanwhile, and changes nothing', async () => {
    const { store, c, id } = storeWithCase(CASE);
    await callApi(c, 'events/add', { id, event: CALL });
    const stale = { ...CALL, outcome: 'reached' };
    await expect(callApi(c, 'events/remove', { id, index: 0, seen: stale })).rejects.toMatchObject({ code: 'log-entry-changed' });
    await expect(
      callApi(c, 'events/update', { id, index: 3, seen: CALL, event: { ...CALL, note: '再打' } }),
    ).rejects.toMatchObject({ code: 'log-entry-changed' });
    expect(getCase(store, id).data.events).toEqual([CALL]);
  });
});
