import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join, posix } from 'node:path';
import { loadCaseFile } from '../case/validate.js';
import { CaseEncodingError, CaseJsonSyntaxError, CasePackError, CaseValidationError, NoCaseFileError } from '../errors.js';
import { makeTempFolder } from '../util/own-temp.js';
import { importCase } from './import-case.js';
import type { Store } from './open.js';

export interface FolderFile {
  /** The path inside the chosen folder, `/`-separated, as a browser's folder picker gives it. */
  path: string;
  bytes: Uint8Array;
}

/**
 * Imports a case folder that arrives as files rather than a path on this machine (a folder chosen in the
 * app): `case.json` at its top plus the files it names. The folder is laid out in a temporary directory,
 * validated and imported exactly as `casepack import` would, then removed.
 */
export async function importCaseFolder(store: Store, files: readonly FolderFile[]): Promise<number> {
  const relative = stripCommonFolder(files.map((f) => f.path));
  if (!relative.includes('case.json')) throw new NoCaseFileError();
  const dir = await makeTempFolder('import');
  try {
    for (const [i, file] of files.entries()) {
      const path = relative[i]!;
      const target = join(dir, path);
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, file.bytes);
    }
    return await importCase(store, await loadCaseFile(join(dir, 'case.json')));
  } catch (error) {
    // Named as the user knows it, not by the temporary folder it was laid out in.
    if (error instanceof CaseValidationError) throw new CaseValidationError('case.json', error.issues);
    if (error instanceof CaseEncodingError) throw new CaseEncodingError('case.json', error.encoding);
    if (error instanceof CaseJsonSyntaxError) throw new CaseJsonSyntaxError('case.json', error.line, error.column, error.problem);
    throw error;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** `my-case/evidence/a.pdf` → `evidence/a.pdf` when every path starts with the same folder; refuses `..`. */
function stripCommonFolder(paths: readonly string[]): string[] {
  const clean = paths.map((p) => {
    const normal = posix.normalize(p.replace(/\\/g, '/'));
    if (normal.startsWith('/') || normal === '..' || normal.startsWith('../') || /^[A-Za-z]:/.test(normal))
      throw new CasePackError(`${p}: expected a path inside the chosen folder`);
    return normal;
  });
  const first = clean[0]?.split('/')[0];
  const shared = first !== undefined && clean.every((p) => p.startsWith(`${first}/`));
  return shared ? clean.map((p) => p.slice(first.length + 1)) : clean;
}
