import { rename, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { makeFolder } from './output-folder.js';
import { tempSibling } from './own-temp.js';

/**
 * Writes `data` to `target` through a temporary file in the same folder and a rename, so that a reader
 * never sees a half-written file and a failure leaves nothing at `target`.
 */
export async function writeFileAtomic(target: string, data: Uint8Array | string): Promise<void> {
  await makeFolder(dirname(target));
  const temp = tempSibling(target);
  try {
    await writeFile(temp, data);
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}
