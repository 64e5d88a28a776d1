import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_CASES } from '../../test/support/examples.js';
import { useTempDir } from '../../test/support/temp-dir.js';
import { calculateCase } from '../calc/calculate-case.js';
import { loadCaseFile } from '../case/validate.js';
import { caseHistory, RevisionError } from './case-revisions.js';
import { addCaseFile, changeCase } from './edit-case.js';
import { importCase } from './import-case.js';
import { openStore, type Store } from './open.js';
import { getCase, listCases } from './read-cases.js';
import { shelveCase } from './shelve-case.js';
import { restoreRevision, undoLastChange } from './undo-case.js';

const tempDir = useTempDir();
const SALE = EXAMPLE_CASES.find((f) => f.includes('zh-sale-of-goods'))!;
const AS_OF = '2026-11-30';

async function storedSale(): Promise<{ store: Store; id: number }> {
  const store = openStore(join(tempDir(), 'casepack.db'));
  return { store, id: await importCase(store, await loadCaseFile(SALE)) };
}

type Raw = { payments: { date: string; amount: string; claim?: string }[]; evidence: unknown[] };
const payments = (store: Store, id: number) => (getCase(store, id).raw as Raw).payments;
const owed = (store: Store, id: number) => calculateCase(getCase(store, id).data, AS_OF).total;

describe('case revisions', () => {
  it('keep every change; undo walks back one change at a time, and the figures follow', async () => {
    const { store, id } = await storedSale();
    const first = { payments: payments(store, id), owed: owed(store, id) };
    changeCase(store, id, (raw) => (raw as Raw).payments.push({ date: '2026-10-01', amount: '5000.00' }));
    changeCase(store, id, (raw) => ((raw as Raw).payments.at(-1)!.amount = '8000.00'));
    expect(payments(store, id).at(-1)).toEqual({ date: '2026-10-01', amount: '8000.00' });
    const afterTwo = owed(store, id);
    expect(afterTwo).toBeLessThan(first.owed);

    expect(undoLastChange(store, id)).toEqual({ revision: 4, restoredFrom: 2 });
    expect(payments(store, id).at(-1)).toEqual({ date: '2026-10-01', amount: '5000.00' });
    expect(undoLastChange(store, id)).toEqual({ revision: 5, restoredFrom: 1 });
    expect(payments(store, id)).toEqual(first.payments);
    expect(owed(store, id)).toBe(first.owed);
    expect(() => undoLastChange(store, id)).toThrow(RevisionError);
    expect(() => undoLastChange(store, id)).toThrow(/nothing to undo/);

    expect(caseHistory(store.db, id).map((r) => [r.revision, r.change, r.restoredFrom, r.changed])).toEqual([
      [5, 'undone', 1, ['payments']],
      [4, 'undone', 2, ['payments']],
      [3, 'edited', null, ['payments']],
      [2, 'edited', null, ['payments']],
      [1, 'imported', null, []],
    ]);
    store.close();
  });

  it('count the same content in another key order as no change', async () => {
    const { store, id } = await storedSale();
    changeCase(store, id, (raw) => {
      const [first] = raw.debtors as Record<string, unknown>[];
      (raw.debtors as unknown[])[0] = Object.fromEntries(Object.entries(first!).reverse());
      (raw as Raw).payments[0]!.amount = '80001.00';
    });
    expect(caseHistory(store.db, id)[0]!.changed).toEqual(['payments']);
    store.close();
  });

  it('restore brings back any revision as a new change, which undo takes back', async () => {
    const { store, id } = await storedSale();
    changeCase(store, id, (raw) => (raw as Raw).payments.push({ date: '2026-10-01', amount: '5000.00' }));
    const withPayment = owed(store, id);
    changeCase(store, id, (raw) => (raw as Raw).payments.pop());
    expect(restoreRevision(store, id, 2)).toEqual({ revision: 4, restoredFrom: 2 });
    expect(owed(store, id)).toBe(withPayment);
    expect(undoLastChange(store, id)).toEqual({ revision: 5, restoredFrom: 3 });
    expect(payments(store, id)).not.toContainEqual({ date: '2026-10-01', amount: '5000.00' });
    expect(() => restoreRevision(store, id, 99)).toThrow(/no revision 99/);
    store.close();
  });

  it('bring back the files a change removed, with their stored bytes', async () => {
    const { store, id } = await storedSale();
    const path = await addCaseFile(
      store,
      id,
      { folder: 'evidence', name: '对账单.pdf', bytes: Buffer.from('%PDF-1.4\n') },
      (raw, file) => (raw as Raw).evidence.push({ id: 'E9', title: '对账单', file, purpose: '欠款金额', original: true }),
    );
    changeCase(store, id, (raw) => (raw as Raw).evidence.pop());
    expect(getCase(store, id).files.map((f) => f.path)).not.toContain(path);
    undoLastChange(store, id);
    expect(getCase(store, id).files.map((f) => f.path)).toContain(path);
    store.close();
  });

  it('write the revision in the same transaction as the change: a change that fails leaves neither', async () => {
    const { store, id } = await storedSale();
    const before = caseHistory(store.db, id).length;
    expect(() => changeCase(store, id, (raw) => ((raw as Raw).payments[0]!.amount = 'lots'))).toThrow();
    expect(caseHistory(store.db, id)).toHaveLength(before);
    store.close();
  });
});

describe('archiving and deleting a case', () => {
  it('takes it out of the list and brings it back whole', async () => {
    const { store, id } = await storedSale();
    const before = getCase(store, id).raw;
    shelveCase(store, id, 'archived', true);
    expect(listCases(store)).toEqual([]);
    expect(listCases(store, 'archived').map((c) => c.id)).toEqual([id]);
    shelveCase(store, id, 'deleted', true);
    expect(listCases(store, 'archived')).toEqual([]);
    expect(listCases(store, 'deleted').map((c) => c.id)).toEqual([id]);
    shelveCase(store, id, 'deleted', false);
    shelveCase(store, id, 'archived', false);
    expect(listCases(store).map((c) => c.id)).toEqual([id]);
    expect(getCase(store, id).raw).toEqual(before);
    expect(() => shelveCase(store, 99, 'archived', true)).toThrow(/no case with id 99/);
    store.close();
  });
});
