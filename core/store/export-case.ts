import { copyFile, link, readdir, rename, rm, rmdir, writeFile } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, normalize, resolve } from 'node:path';
import { setFileReference } from '../case/file-references.js';
import { CasePackError, StoreError } from '../errors.js';
import { sha256File } from '../util/sha256.js';
import { readFailureWords } from '../util/read-failure.js';
import { BlobChangedError, blobPath } from './blobs.js';
import { makeFolder } from '../util/output-folder.js';
import { tempSibling } from '../util/own-temp.js';
import type { Store } from './open.js';
import { getCase } from './read-cases.js';

export interface ExportOptions {
  /**
   * `link` hard-links the stored files instead of copying them, for a folder only read and then removed (see
   * withCaseFolder): the files are the store's own, so nothing may write to them. Copies where links fail.
   */
  files?: 'copy' | 'link';
}

/** Files copied at once: enough to overlap the file system's waits, few enough for any number of files. */
const CONCURRENT_FILES = 8;

/**
 * Writes a stored case as `case.json` plus its files into `outDir`, which must be new or empty. Everything
 * is written into a temporary sibling folder first and renamed into place, so a failure leaves no half case.
 */
export async function exportCase(store: Store, id: number, outDir: string, options: ExportOptions = {}): Promise<string> {
  const stored = getCase(store, id);
  const target = resolve(outDir);
  const existing = await readdir(target).catch(() => undefined);
  if (existing && existing.length > 0) throw new CasePackError(`${outDir}: folder is not empty; choose a new or empty folder`);

  const temp = tempSibling(target);
  const raw = structuredClone(stored.raw);
  try {
    await makeFolder(temp);
    const placed = stored.files.map((file) => {
      const relative = safeRelativePath(file.path, file.sha256);
      if (relative !== file.path) setFileReference(raw, file.jsonPath, relative);
      return { file, destination: join(temp, relative) };
    });
    for (const folder of new Set(placed.map((p) => dirname(p.destination)))) await makeFolder(folder);
    const place = options.files === 'link' ? linkOrCopy : copyFile;
    for (let at = 0; at < placed.length; at += CONCURRENT_FILES) {
      await Promise.all(
        placed.slice(at, at + CONCURRENT_FILES).map(async ({ file, destination }) => {
          const blob = blobPath(store.blobDir, file.sha256);
          await place(blob, destination).catch((error: NodeJS.ErrnoException) => {
            throw new StoreError(`${blob}: stored file for ${file.jsonPath} is missing (${readFailureWords(error)})`);
          });
          if ((await sha256File(destination)) !== file.sha256) throw new BlobChangedError(file.sha256);
        }),
      );
    }
    await writeFile(join(temp, 'case.json'), `${JSON.stringify(raw, null, 2)}\n`);
    if (existing) await rmdir(target);
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { recursive: true, force: true });
    throw error;
  }
  return join(target, 'case.json');
}

/** A hard link, or a copy where the file system has none or the folders are on different devices. */
async function linkOrCopy(source: string, destination: string): Promise<void> {
  try {
    await link(source, destination);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw error;
    await copyFile(source, destination);
  }
}

/** Keeps a path that stays inside the case folder; anything else goes under `files/`. */
function safeRelativePath(path: string, sha256: string): string {
  const clean = normalize(path).replace(/\\/g, '/');
  if (!isAbsolute(clean) && !clean.startsWith('../') && clean !== '..' && clean !== 'case.json') return clean;
  return `files/${sha256.slice(0, 8)}-${basename(clean)}`;
}
