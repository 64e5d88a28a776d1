import { randomUUID } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import { fileReferences } from '../case/file-references.js';
import type { CaseFile } from '../case/schema.js';
import { StoreError } from '../errors.js';
import type { StoredBlob } from './blobs.js';
import { recordRevision, type RevisionOrigin } from './case-revisions.js';
import { partyRows } from './case-summary.js';

/** A file the case names, already in the blob store. */
export interface CaseFileBlob {
  path: string;
  blob: StoredBlob;
}

/** Which case a write replaces (none: a new case) and how the change came about (for its revision). */
export interface CaseWrite {
  caseId?: number;
  origin?: RevisionOrigin;
}

/**
 * Writes a case's rows: the document, its index rows, its file rows and a revision holding the new state.
 * Call inside a transaction; with no `caseId` a new case is inserted. Every file the case names must be
 * among `files`.
 */
export function writeCaseRows(
  db: Database,
  data: CaseFile,
  raw: unknown,
  files: readonly CaseFileBlob[],
  { caseId, origin }: CaseWrite = {},
): number {
  const now = new Date().toISOString();
  const document = JSON.stringify(raw);
  const contractNumber = data.contract?.number ?? null;
  let id = caseId;
  if (id === undefined) {
    id = Number(
      db
        .prepare(
          `INSERT INTO cases (uid, title, locale, currency, document, contract_number, created_at, updated_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(randomUUID(), data.title, data.locale, data.currency, document, contractNumber, now, now).lastInsertRowid,
    );
  } else {
    const changed = db
      .prepare(
        'UPDATE cases SET title = ?, locale = ?, currency = ?, document = ?, contract_number = ?, updated_at = ? WHERE id = ?',
      )
      .run(data.title, data.locale, data.currency, document, contractNumber, now, id).changes;
    if (changed === 0) throw new StoreError(`${db.name}: no case with id ${id}`);
    db.prepare('DELETE FROM case_files WHERE case_id = ?').run(id);
    db.prepare('DELETE FROM case_parties WHERE case_id = ?').run(id);
  }

  const blobByPath = new Map(files.map((f) => [f.path, f.blob]));
  const insertBlob = db.prepare('INSERT OR IGNORE INTO blobs (sha256, size, created_at) VALUES (?, ?, ?)');
  const insertFile = db.prepare('INSERT INTO case_files (case_id, json_path, path, sha256) VALUES (?, ?, ?, ?)');
  const named = new Map<string, StoredBlob>();
  for (const ref of fileReferences(data)) {
    const blob = blobByPath.get(ref.path);
    if (!blob) throw new StoreError(`${ref.jsonPath}: no stored file ${ref.path} for this case; add the file first`);
    insertBlob.run(blob.sha256, blob.size, now);
    insertFile.run(id, ref.jsonPath, ref.path, blob.sha256);
    named.set(ref.path, blob);
  }
  const insertParty = db.prepare('INSERT INTO case_parties (case_id, role, position, name, id_number) VALUES (?, ?, ?, ?, ?)');
  for (const p of partyRows(data)) insertParty.run(id, p.role, p.position, p.name, p.idNumber);
  const namedFiles = [...named].map(([path, blob]) => ({ path, blob }));
  recordRevision(db, id, document, namedFiles, origin ?? { change: caseId === undefined ? 'created' : 'edited' }, now);
  return id;
}
