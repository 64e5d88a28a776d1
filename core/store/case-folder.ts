import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { loadCaseFile, type LoadedCase } from '../case/validate.js';
import { makeTempFolder } from '../util/own-temp.js';
import { exportCase } from './export-case.js';
import type { Store } from './open.js';

/**
 * Lends a stored case as a case folder on disk (case.json plus its files) for work that only reads files by
 * path, such as building a bundle, and removes the folder afterwards. The files are hard links to the
 * stored ones where the file system allows: copying and then deleting a bundle's worth of scans took longer
 * than building it.
 */
export async function withCaseFolder<T>(store: Store, id: number, work: (loaded: LoadedCase) => Promise<T>): Promise<T> {
  const dir = await makeTempFolder('case');
  try {
    return await work(await loadCaseFile(await exportCase(store, id, join(dir, 'case'), { files: 'link' })));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
