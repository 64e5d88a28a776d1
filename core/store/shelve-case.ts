import { StoreError } from '../errors.js';
import type { Store } from './open.js';

/** Which cases a list shows: the ones being worked, the archived ones, or the deleted ones (the bin). */
export const CASE_SHELVES = ['active', 'archived', 'deleted'] as const;
export type CaseShelf = (typeof CASE_SHELVES)[number];

/** The SQL condition that keeps the cases of `shelf`, for a query that names the cases table `alias`. */
export function onShelf(shelf: CaseShelf, alias = 'cases'): string {
  if (shelf === 'deleted') return `${alias}.deleted_at IS NOT NULL`;
  const archived = shelf === 'archived' ? 'IS NOT NULL' : 'IS NULL';
  return `${alias}.deleted_at IS NULL AND ${alias}.archived_at ${archived}`;
}

/**
 * Archives a case (kept, out of the lists and the due list) or deletes it (into the bin); `false` brings it
 * back. Nothing of the case is removed, so either is undone in full.
 */
export function shelveCase(store: Store, caseId: number, mark: 'archived' | 'deleted', on: boolean): void {
  const column = mark === 'archived' ? 'archived_at' : 'deleted_at';
  const changed = store.db
    .prepare(`UPDATE cases SET ${column} = ? WHERE id = ?`)
    .run(on ? new Date().toISOString() : null, caseId).changes;
  if (changed === 0) throw new StoreError(`${store.db.name}: no case with id ${caseId} (see \`casepack list\`)`);
}
