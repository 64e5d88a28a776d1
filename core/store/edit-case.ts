import { CaseValidationError } from '../errors.js';
import { caseIssues } from '../case/validate.js';
import type { CaseFile } from '../case/schema.js';
import { fitFileName, MAX_NAME_BYTES } from '../util/fit-file-name.js';
import { storeBlobBytes } from './blobs.js';
import { writeCaseRows, type CaseFileBlob } from './case-rows.js';
import type { Store } from './open.js';
import { getCase } from './read-cases.js';

function validated(raw: unknown, what: string): CaseFile {
  const { data, issues } = caseIssues(raw);
  if (!data) throw new CaseValidationError(what, issues, false);
  return data;
}

/** Stores a new case typed in by hand (it names no files yet). Returns its id. */
export function createCase(store: Store, raw: unknown): number {
  const data = validated(raw, 'new case');
  return store.db.transaction(() => writeCaseRows(store.db, data, raw, [])).immediate();
}

/** Replaces a case's content in one transaction; the files it names must already be stored for it. */
export function updateCase(store: Store, id: number, raw: unknown, added: readonly CaseFileBlob[] = []): void {
  const data = validated(raw, `case ${id}`);
  store.db
    .transaction(() => {
      const existing = store.db
        .prepare('SELECT f.path, b.sha256, b.size FROM case_files f JOIN blobs b USING (sha256) WHERE f.case_id = ?')
        .all(id) as { path: string; sha256: string; size: number }[];
      writeCaseRows(
        store.db,
        data,
        raw,
        [...existing.map((f) => ({ path: f.path, blob: { sha256: f.sha256, size: f.size } })), ...added],
        { caseId: id },
      );
    })
    .immediate();
}

/**
 * Adds a file's bytes to a case under `folder/<name>` (a name already taken gets a numbered suffix) and
 * returns the relative path to put in the case. The case is changed by `change(raw, path)` and saved in
 * the same transaction, so the file and the entry that names it arrive together.
 */
export async function addCaseFile(
  store: Store,
  id: number,
  file: { folder: string; name: string; bytes: Uint8Array },
  change: (raw: Record<string, unknown>, path: string) => void,
): Promise<string> {
  const blob = await storeBlobBytes(store.blobDir, file.bytes);
  return store.db
    .transaction(() => {
      const current = getCase(store, id);
      const taken = new Set(current.files.map((f) => f.path));
      const safe = fitFileName(file.name.replace(/[\\/:*?"<>|\p{Cc}]/gu, '_').replace(/^\.+/, '_') || 'file');
      let path = `${file.folder}/${safe}`;
      for (let n = 2; taken.has(path); n++)
        path = `${file.folder}/${fitFileName(safe, MAX_NAME_BYTES - 8).replace(/(\.[^.]*)?$/, `-${n}$1`)}`;
      const raw = structuredClone(current.raw) as Record<string, unknown>;
      change(raw, path);
      updateCase(store, id, raw, [{ path, blob }]);
      return path;
    })
    .immediate();
}

/**
 * Reads a case, lets `change` edit a copy of its document, and saves it: read and write in one transaction,
 * so that two edits at once cannot lose one another.
 */
export function changeCase(store: Store, id: number, change: (raw: Record<string, unknown>) => void): void {
  store.db
    .transaction(() => {
      const raw = structuredClone(getCase(store, id).raw) as Record<string, unknown>;
      change(raw);
      updateCase(store, id, raw);
    })
    .immediate();
}
