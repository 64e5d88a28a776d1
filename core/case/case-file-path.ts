import { realpath, stat } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';

/** Why a file a case names cannot be used; the UI words each one itself. */
export type CaseFileProblem = 'file-missing' | 'file-outside-folder' | 'not-a-file' | 'file-empty';

/** Where a file named by a case really is, or why it cannot be used (`problem` in English, `code` for the UI). */
export type CaseFilePath = { real: string } | { problem: string; code: CaseFileProblem };

/**
 * Resolves a file a case names, following links, and accepts it only if it ends inside the case's folder
 * and is a regular, non-empty file: a case received from someone else must not be able to name
 * `../../etc/hostname`, a link to the user's documents, a pipe or a device.
 */
export async function resolveCaseFilePath(dir: string, path: string): Promise<CaseFilePath> {
  const folder = await realpath(dir);
  const real = await realpath(resolve(folder, path)).catch(() => undefined);
  if (real === undefined) return { problem: `file not found: ${path}`, code: 'file-missing' };
  const inside = relative(folder, real);
  if (inside === '' || inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside))
    return {
      problem: `${path} is outside the case folder; copy the file into the folder and name it from there`,
      code: 'file-outside-folder',
    };
  const found = await stat(real);
  if (!found.isFile()) return { problem: `not a regular file: ${path}`, code: 'not-a-file' };
  if (found.size === 0) return { problem: `file is empty: ${path}`, code: 'file-empty' };
  return { real };
}
