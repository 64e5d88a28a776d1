import { join } from 'node:path';
import { resolveCaseFilePath } from '../case/case-file-path.js';
import { fileReferences } from '../case/file-references.js';
import type { LoadedCase } from '../case/validate.js';
import { FileError } from '../errors.js';
import { UnreadableFileError } from '../util/read-failure.js';
import { storeBlob } from './blobs.js';
import { writeCaseRows, type CaseFileBlob } from './case-rows.js';
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
  const files: CaseFileBlob[] = [];
  for (const ref of fileReferences(loaded.data)) {
    // Checked again here, not only at validation: the folder may have changed in between.
    const found = await resolveCaseFilePath(loaded.dir, ref.path);
    if ('problem' in found) throw new FileError(loaded.file, `${ref.jsonPath}: ${found.problem}`);
    const blob = await storeBlob(store.blobDir, found.real).catch((error: unknown) => {
      throw new UnreadableFileError(join(loaded.dir, ref.path), error);
    });
    files.push({ path: ref.path, blob });
  }
  return store.db
    .transaction(() => {
      const id = writeCaseRows(store.db, loaded.data, loaded.raw, files, { origin: { change: 'imported' } });
      options.beforeCommit?.();
      return id;
    })
    .immediate();
}
