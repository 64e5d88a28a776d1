import type { Database } from 'better-sqlite3';
import { caseIssues } from '../case/validate.js';
import type { CaseFile } from '../case/schema.js';
import { StoreError } from '../errors.js';
import type { Store } from './open.js';
import { onShelf, type CaseShelf } from './shelve-case.js';

export interface StoredCase {
  id: number;
  uid: string;
  raw: unknown;
  data: CaseFile;
  files: { jsonPath: string; path: string; sha256: string }[];
  /** Being worked, archived, or in the bin. */
  shelf: CaseShelf;
}

export interface CaseListRow {
  id: number;
  title: string;
  locale: string;
  currency: string;
  debtor: string;
  contractNumber: string | null;
  updatedAt: string;
}

export function getCase(store: Store, id: number): StoredCase {
  const row = store.db.prepare('SELECT id, uid, document, archived_at, deleted_at FROM cases WHERE id = ?').get(id) as
    { id: number; uid: string; document: string; archived_at: string | null; deleted_at: string | null } | undefined;
  if (!row) throw new StoreError(`${store.db.name}: no case with id ${id} (see \`casepack list\`)`);
  const raw: unknown = JSON.parse(row.document);
  const { data, issues } = caseIssues(raw);
  if (!data)
    throw new StoreError(
      `${store.db.name}: case ${id} no longer validates: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`,
    );
  const files = store.db
    .prepare('SELECT json_path AS jsonPath, path, sha256 FROM case_files WHERE case_id = ? ORDER BY rowid')
    .all(id) as StoredCase['files'];
  const shelf = row.deleted_at ? 'deleted' : row.archived_at ? 'archived' : 'active';
  return { id: row.id, uid: row.uid, raw, data, files, shelf };
}

/** The columns of a CaseListRow, from `cases c`. */
const LIST_COLUMNS = `c.id, c.title, c.locale, c.currency, c.contract_number AS contractNumber, c.updated_at AS updatedAt,
  COALESCE((SELECT group_concat(name, '、') FROM case_parties p
            WHERE p.case_id = c.id AND p.role = 'debtor' ORDER BY position), '') AS debtor`;

/** The cases on one shelf (by default those being worked), oldest first. */
export function listCases(store: Store, shelf: CaseShelf = 'active'): CaseListRow[] {
  return store.db
    .prepare(`SELECT ${LIST_COLUMNS} FROM cases c WHERE ${onShelf(shelf, 'c')} ORDER BY c.id`)
    .all() as CaseListRow[];
}

/** Reads one case's list row and document by id, over any connection (the summary worker has its own). */
export function caseRowReader(db: Database): (id: number) => (CaseListRow & { document: string }) | undefined {
  const read = db.prepare(`SELECT ${LIST_COLUMNS}, c.document FROM cases c WHERE c.id = ?`);
  return (id) => read.get(id) as (CaseListRow & { document: string }) | undefined;
}
