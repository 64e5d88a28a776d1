import { constants } from 'node:fs';
import { access, mkdir, rmdir, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { CasePackError } from '../errors.js';

/** Why an output folder cannot be used: a file stands where a folder must be, it cannot be made, or no permission. */
export type OutputFolderReason = 'not-a-folder' | 'cannot-create' | 'no-permission';

/** The folder an output goes into cannot be used; `folder` as the user gave it, `blocker` the path in the way. */
export class OutputFolderError extends CasePackError {
  override name = 'OutputFolderError';
  readonly code = 'output-folder';
  constructor(
    readonly folder: string,
    readonly reason: OutputFolderReason,
    readonly blocker: string = folder,
  ) {
    super(
      reason === 'not-a-folder'
        ? `cannot write to ${folder}: ${blocker} is a file, not a folder`
        : reason === 'no-permission'
          ? `cannot write to ${folder}: no permission to create or write files there`
          : `cannot create the folder ${folder} (this place does not take new folders)`,
    );
  }

  get params() {
    return { folder: this.folder, reason: this.reason, blocker: this.blocker };
  }
}

const PERMISSION = new Set(['EACCES', 'EPERM', 'EROFS']);

/**
 * Makes `folder` and any missing parents, one level at a time, and returns the folders it made (outermost
 * first). Node's `mkdir(…, { recursive: true })` spins forever under /proc and answers a raw ENOTDIR under a
 * file; this names the folder and why instead (OutputFolderError).
 */
export async function makeFolder(folder: string): Promise<string[]> {
  const target = resolve(folder);
  const missing: string[] = [];
  let at = target;
  for (;;) {
    const found = await stat(at).catch((error: NodeJS.ErrnoException) => error);
    if (!(found instanceof Error)) {
      if (!found.isDirectory()) throw new OutputFolderError(folder, 'not-a-folder', at);
      break;
    }
    if (found.code === 'ENOTDIR') {
      // A file part-way up the path: find it, to name it.
      at = dirname(at);
      continue;
    }
    if (found.code !== 'ENOENT')
      throw new OutputFolderError(folder, PERMISSION.has(found.code ?? '') ? 'no-permission' : 'cannot-create');
    if (dirname(at) === at) throw new OutputFolderError(folder, 'cannot-create');
    missing.unshift(at);
    at = dirname(at);
  }
  // `at` is the nearest folder that exists; everything below it in `missing` is made now.
  const made: string[] = [];
  for (const level of missing) {
    try {
      await mkdir(level);
      made.push(level);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? '';
      if (code === 'EEXIST' && (await stat(level).catch(() => undefined))?.isDirectory()) continue;
      await removeFolders(made);
      throw new OutputFolderError(
        folder,
        PERMISSION.has(code) ? 'no-permission' : code === 'EEXIST' ? 'not-a-folder' : 'cannot-create',
        level,
      );
    }
  }
  try {
    await access(target, constants.W_OK | constants.X_OK);
  } catch {
    await removeFolders(made);
    throw new OutputFolderError(folder, 'no-permission');
  }
  return made;
}

/** Removes folders `makeFolder` made, innermost first, where they are still empty. */
export async function removeFolders(made: readonly string[]): Promise<void> {
  for (const folder of [...made].reverse()) await rmdir(folder).catch(() => undefined);
}

/**
 * Runs `work` with `folder` made first: a folder that cannot be used is refused before any work, and the
 * folders made for it are removed again if the work fails, so a failure leaves nothing behind.
 */
export async function withOutputFolder<T>(folder: string, work: () => Promise<T>): Promise<T> {
  const made = await makeFolder(folder);
  try {
    return await work();
  } catch (error) {
    await removeFolders(made);
    throw error;
  }
}
