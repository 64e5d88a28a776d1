import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import { fileReferences } from '../case/file-references.js';
import type { LoadedCase } from '../case/validate.js';
import { FileError } from '../errors.js';
import { partyRows } from './case-summary.js';
import { storeBlob, type StoredBlob } from './blobs.js';
import type { Store } from './open.js';

export interface ImportOptions {
  /** Called inside the transaction, just before it commits. Tests use it to kill the process there. */
  beforeCommit?: () => void;
}

/**
 * Stores a validated case and copies its files into the blob store. The files are stored first (a blob
 * nobody references is harmless); the rows go in as one transaction, so a failure or a killed process
 * leaves the database as it was. Returns the new case's id.
 */
export async function importCase(store: Store, loaded: LoadedCase, options: ImportOptions = {}): Promise<number> {
  const files: { jsonPath: string; path: string; blob: StoredBlob }[] = [];
  for (const ref of fileReferences(loaded.data)) {
    const source = resolve(loaded.dir, ref.path);
    const blob = await storeBlob(store.blobDir, source).catch((error: NodeJS.ErrnoException) => {
      throw new FileError(source, `${ref.jsonPath}: cannot read the file (${error.code ?? error.message})`);
    });
    files.push({ ...ref, blob });
  }

  const { db } = store;
  const now = new Date().toISOString();
  const insertCase = db.prepare(
    `INSERT INTO cases (uid, title, locale, currency, document, contract_number, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertBlob = db.prepare('INSERT OR IGNORE INTO blobs (sha256, size, created_at) VALUES (?, ?, ?)');
  const insertFile = db.prepare('INSERT INTO case_files (case_id, json_path, path, sha256) VALUES (?, ?, ?, ?)');
  const insertParty = db.prepare('INSERT INTO case_parties (case_id, role, position, name, id_number) VALUES (?, ?, ?, ?, ?)');

  return db.transaction(() => {
    const { data } = loaded;
    const caseId = Number(
      insertCase.run(
        randomUUID(),
        data.title,
        data.locale,
        data.currency,
        JSON.stringify(loaded.raw),
        data.contract?.number ?? null,
        now,
        now,
      ).lastInsertRowid,
    );
    for (const f of files) {
      insertBlob.run(f.blob.sha256, f.blob.size, now);
      insertFile.run(caseId, f.jsonPath, f.path, f.blob.sha256);
    }
    for (const p of partyRows(data)) insertParty.run(caseId, p.role, p.position, p.name, p.idNumber);
    options.beforeCommit?.();
    return caseId;
  })();
}
