import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { lstat, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';

/**
 * Temporary files and folders carry the id of the process that made them, so that a later CasePack can
 * tell a leftover of a process that died (kill -9, a crash, power loss) from one still in use by a running
 * app, and remove only the former: these hold ID numbers and phone numbers.
 */
const OWN = {
  /** In the system's temporary folder: `casepack-case-<pid>-XXXXXX`. */
  folders: /^casepack-(?:case|import|letters|complaints)-(\d+)-[0-9A-Za-z]+$/,
  /** Beside a file being written: `.bundle.pdf.<pid>-<random>.tmp`. */
  parts: /^\..+\.(\d+)-[0-9a-f]+\.tmp$/,
};

/** A sibling of `target` to write first and rename over it: `.bundle.pdf.<pid>-<random>.tmp`. */
export function tempSibling(target: string): string {
  return join(dirname(target), `.${basename(target)}.${process.pid}-${randomBytes(6).toString('hex')}.tmp`);
}

type TempFolderKind = 'case' | 'import' | 'letters' | 'complaints';

/** A new private folder in the system's temporary folder: `casepack-case-<pid>-XXXXXX`. */
export function makeTempFolder(kind: TempFolderKind): Promise<string> {
  return mkdtemp(join(tmpdir(), `casepack-${kind}-${process.pid}-`));
}

/** As makeTempFolder, at once: for a batch job whose id is answered before anything else runs. */
export function makeTempFolderSync(kind: TempFolderKind): string {
  return mkdtempSync(join(tmpdir(), `casepack-${kind}-${process.pid}-`));
}

/**
 * Removes what earlier CasePack processes left behind: temporary case folders in the system's temporary
 * folder, or `.tmp` parts in `folder`. Only names of the forms above, only this user's, only from a
 * process that is no longer running and older than this one. Returns how many were removed; never throws.
 */
export async function sweepOwnTemps(kind: keyof typeof OWN, folder: string = tmpdir()): Promise<number> {
  const started = Date.now() - process.uptime() * 1000;
  const names = await readdir(folder).catch(() => [] as string[]);
  let removed = 0;
  for (const name of names) {
    const match = OWN[kind].exec(name);
    if (!match) continue;
    const pid = Number(match[1]);
    if (pid === process.pid || isRunning(pid)) continue;
    const path = join(folder, name);
    const found = await lstat(path).catch(() => undefined);
    if (!found || found.mtimeMs >= started) continue;
    if (typeof process.getuid === 'function' && found.uid !== process.getuid()) continue;
    await rm(path, { recursive: true, force: true }).then(
      () => removed++,
      () => undefined,
    );
  }
  return removed;
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
