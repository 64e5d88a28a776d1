import { join } from 'node:path';
import { afterEach } from 'vitest';
import type { ApiContext } from '../../core/api/handler.js';
import { createCase } from '../../core/store/edit-case.js';
import { openStore, type Store } from '../../core/store/open.js';
import { useTempDir } from './temp-dir.js';

/** A small zh-CN case: a company owed ¥1,000.00 by another company, due 2025-01-01. */
export const SMALL_CASE = {
  version: 1,
  locale: 'zh-CN',
  title: '甲诉乙',
  currency: 'CNY',
  creditor: { name: '甲公司', kind: 'company' },
  debtors: [{ name: '乙公司', kind: 'company', role: 'debtor' }],
  claims: [{ id: 'C1', description: '货款', amount: '1000.00', dueDate: '2025-01-01' }],
};

export interface StoreWithCase {
  store: Store;
  /** The API's context over that store, on a fixed day. */
  c: ApiContext;
  id: number;
}

/** Per test: a fresh store in its own temporary folder holding one new case, closed and removed after the test. */
export function useStoreWithCase(today = '2026-01-05'): (data?: unknown) => StoreWithCase {
  const tempDir = useTempDir();
  let opened: Store[] = [];
  afterEach(() => {
    for (const store of opened) store.close();
    opened = [];
  });
  return (data = SMALL_CASE) => {
    const store = openStore(join(tempDir(), 'casepack.db'));
    opened.push(store);
    return { store, c: { store, today: () => today }, id: createCase(store, data) };
  };
}
