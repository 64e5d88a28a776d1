import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
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

/**
 * As `writeFileAtomic`, blocking: for a worker thread that has nothing else to do meanwhile (the letter
 * render pool), where each of the async version's four steps is a trip through libuv's thread pool and
 * the whole costs 3–4 times the CPU.
 */
export function writeFileAtomicSync(target: string, data: Uint8Array | string): void {
  // Only under an output folder already made by makeFolder (the CLI's --out guard, the app's job folder):
  // a recursive mkdir that starts under /proc can spin forever.
  mkdirSync(dirname(target), { recursive: true });
  const temp = tempSibling(target);
  try {
    writeFileSync(temp, data);
    renameSync(temp, target);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}
