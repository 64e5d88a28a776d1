import type { Database } from 'better-sqlite3';
import { CasePackError } from '../errors.js';
import type { StoredBlob } from './blobs.js';

/** Why a revision was written: the UI and the CLI render these codes in the user's language. */
export type RevisionChange = 'migrated' | 'imported' | 'created' | 'edited' | 'undone' | 'restored';

/** A revision cannot be undone or restored: `code` says why, for the UI and the CLI to render. */
export class RevisionError extends CasePackError {
  override name = 'RevisionError';
  constructor(
    readonly code: 'revision.no-case' | 'revision.nothing-to-undo' | 'revision.not-found',
    readonly caseId: number,
    readonly revision?: number,
  ) {
    super(
      code === 'revision.no-case'
        ? `there is no case ${caseId} (see \`casepack list\`)`
        : code === 'revision.nothing-to-undo'
          ? `case ${caseId}: nothing to undo (the case is as it was first stored)`
          : `case ${caseId}: no revision ${revision ?? ''} (see \`casepack history ${caseId}\`)`,
    );
  }

  get params() {
    return { caseId: this.caseId, revision: this.revision ?? '' };
  }
}

export interface RevisionFile {
  path: string;
  sha256: string;
  size: number;
}

/** One stored state of a case, newest first in a history. */
export interface Revision {
  revision: number;
  parent: number | null;
  change: RevisionChange;
  restoredFrom: number | null;
  createdAt: string;
  /** The top-level parts of the case file that differ from the revision before it (`payments`, `claims`). */
  changed: string[];
}

export interface RevisionState {
  revision: number;
  parent: number | null;
  document: string;
  files: RevisionFile[];
}

/** How a write comes to be: a new revision's `change` and, for undo and restore, where it stands in the chain. */
export interface RevisionOrigin {
  change: RevisionChange;
  /** The revision this state derives from; by default the newest one. */
  parent?: number | null;
  restoredFrom?: number;
}

interface RevisionRow {
  revision: number;
  parent: number | null;
  change: RevisionChange;
  restored_from: number | null;
  document: string;
  files: string;
  created_at: string;
}

export function latestRevision(db: Database, caseId: number): RevisionState | undefined {
  const row = db.prepare('SELECT * FROM case_revisions WHERE case_id = ? ORDER BY revision DESC LIMIT 1').get(caseId) as
    RevisionRow | undefined;
  return row && state(row);
}

export function revisionState(db: Database, caseId: number, revision: number): RevisionState {
  const row = db.prepare('SELECT * FROM case_revisions WHERE case_id = ? AND revision = ?').get(caseId, revision) as
    RevisionRow | undefined;
  if (!row) throw new RevisionError('revision.not-found', caseId, revision);
  return state(row);
}

function state(row: RevisionRow): RevisionState {
  return { revision: row.revision, parent: row.parent, document: row.document, files: JSON.parse(row.files) as RevisionFile[] };
}

/** Appends the case's new state to its history; call in the transaction that writes the state. */
export function recordRevision(
  db: Database,
  caseId: number,
  document: string,
  files: readonly { path: string; blob: StoredBlob }[],
  origin: RevisionOrigin,
  now: string,
): number {
  const latest = latestRevision(db, caseId);
  const revision = (latest?.revision ?? 0) + 1;
  const parent = origin.parent === undefined ? (latest?.revision ?? null) : origin.parent;
  const stored: RevisionFile[] = files.map((f) => ({ path: f.path, sha256: f.blob.sha256, size: f.blob.size }));
  db.prepare(
    `INSERT INTO case_revisions (case_id, revision, parent, change, restored_from, document, files, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(caseId, revision, parent, origin.change, origin.restoredFrom ?? null, document, JSON.stringify(stored), now);
  return revision;
}

/** A case's history, newest first, each revision with the parts of the case it changed. */
export function caseHistory(db: Database, caseId: number): Revision[] {
  const rows = db.prepare('SELECT * FROM case_revisions WHERE case_id = ? ORDER BY revision DESC').all(caseId) as RevisionRow[];
  return rows.map((row, i) => {
    const before = rows[i + 1];
    return {
      revision: row.revision,
      parent: row.parent,
      change: row.change,
      restoredFrom: row.restored_from,
      createdAt: row.created_at,
      changed: before ? changedParts(before.document, row.document) : [],
    };
  });
}

function changedParts(before: string, after: string): string[] {
  const a = JSON.parse(before) as Record<string, unknown>;
  const b = JSON.parse(after) as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
  return keys.filter((k) => canonical(a[k]) !== canonical(b[k]));
}

/** JSON with every object's keys in one order: the same content written in another order (by the editor) is no change. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    typeof inner === 'object' && inner !== null && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)))
      : inner,
  );
}
