import BetterSqlite3 from 'better-sqlite3';
import { chmod, copyFile, link, mkdir, readdir, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { CasePackError } from '../errors.js';
import { PRIVATE_FILE, PRIVATE_FOLDER } from '../store/blobs.js';
import { DATABASE_ENTRY } from './manifest.js';

/** Why a checked backup could not be put in place; the data folder is as it was before in every case. */
export type RestoreFailedReason = 'disk-full' | 'no-permission' | 'database-in-use' | 'other';

/** A restore stopped before the restored database was put in place: the current data is unchanged. */
export class RestoreFailedError extends CasePackError {
  override name = 'RestoreFailedError';
  readonly code = 'restore-failed';
  constructor(
    readonly dbFile: string,
    readonly reason: RestoreFailedReason,
  ) {
    super(`${dbFile}: the restore stopped (${REASONS[reason]}); the data is as it was, nothing was replaced`);
  }

  get params() {
    return { reason: this.reason };
  }
}

const REASONS: Record<RestoreFailedReason, string> = {
  'disk-full': 'the disk is full',
  'no-permission': 'no permission to change the data folder',
  'database-in-use': 'the database is open in another CasePack; close it first',
  other: 'a file could not be moved',
};

/**
 * The file operations a swap makes, each of which may fail (disk full, permission, a crash between two):
 * taken as a parameter so that a test can fail the N-th of them.
 */
export interface SwapFileOps {
  rename(from: string, to: string): Promise<void>;
  link(existing: string, alias: string): Promise<void>;
  copyFile(from: string, to: string): Promise<void>;
  mkdir(folder: string): Promise<void>;
  chmod(file: string, mode: number): Promise<void>;
  unlink(file: string): Promise<void>;
  /** Writes every committed transaction of a database's WAL into the database file itself. */
  checkpoint(dbFile: string): Promise<void>;
}

export const SYSTEM_FILE_OPS: SwapFileOps = {
  rename,
  link,
  copyFile: (from, to) => copyFile(from, to),
  mkdir: async (folder) => void (await mkdir(folder, { recursive: true, mode: PRIVATE_FOLDER })),
  chmod,
  unlink,
  checkpoint: async (dbFile) => checkpoint(dbFile),
};

/**
 * Puts a checked, unpacked backup (`staging`: `casepack.db` and `blobs/`) in place of the database `dbFile`
 * so that a failure at any step, or a crash between two, leaves either the current data whole or the
 * restored data whole, never a mix:
 * 1. the backup's stored files move into `blobs/` first: they are named by their content, so a file already
 *    there is the same file, and the current database names none of the new ones;
 * 2. the current database's WAL is written into it (`checkpoint`), so that the file alone is the data and
 *    no WAL of it can be read against the restored one;
 * 3. it is kept aside as `….before-restore-<time>` by a hard link (a copy where links are not supported);
 * 4. one rename puts the restored database in its place, atomically.
 * A failure before step 4 moves the stored files back and throws `RestoreFailedError`; nothing after it can
 * leave the restored data incomplete. Returns where the replaced database was kept, or null if none was.
 */
export async function swapIn(staging: string, dbFile: string, ops: SwapFileOps = SYSTEM_FILE_OPS): Promise<string | null> {
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const aside = join(dirname(dbFile), `${basename(dbFile)}.before-restore-${stamp}`);
  const had = await exists(dbFile);
  const moved: { from: string; to: string }[] = [];
  let linked = false;
  try {
    const blobDir = join(dirname(dbFile), 'blobs');
    const stagedBlobs = join(staging, 'blobs');
    for (const prefix of await readdir(stagedBlobs).catch(() => [] as string[])) {
      await ops.mkdir(join(blobDir, prefix));
      for (const name of await readdir(join(stagedBlobs, prefix))) {
        const from = join(stagedBlobs, prefix, name);
        const to = join(blobDir, prefix, name);
        if (await exists(to)) continue;
        await ops.rename(from, to);
        moved.push({ from, to });
      }
    }
    const restored = join(staging, DATABASE_ENTRY);
    await ops.chmod(restored, PRIVATE_FILE);
    if (had) {
      await ops.checkpoint(dbFile);
      for (const sidecar of ['-wal', '-shm']) if (await exists(`${dbFile}${sidecar}`)) await ops.unlink(`${dbFile}${sidecar}`);
      await ops.link(dbFile, aside).catch(() => ops.copyFile(dbFile, aside));
      linked = true;
    }
    await ops.rename(restored, dbFile);
  } catch (error) {
    // Back as it was, as far as the disk allows: whatever stays behind is harmless (a stored file no
    // database names, a second name of the current database).
    for (const { from, to } of moved.reverse()) await ops.rename(to, from).catch(() => undefined);
    if (linked) await ops.unlink(aside).catch(() => undefined);
    throw error instanceof RestoreFailedError ? error : new RestoreFailedError(dbFile, reasonOf(error));
  }
  return had ? aside : null;
}

/**
 * Writes the database's WAL into it and leaves WAL mode, which SQLite allows only when no other connection
 * has it open: one open elsewhere (a running app) refuses the restore rather than lose its writes.
 */
function checkpoint(dbFile: string): void {
  const db = new BetterSqlite3(dbFile, { fileMustExist: true, timeout: 2000 });
  try {
    if (db.pragma('journal_mode = DELETE', { simple: true }) !== 'delete')
      throw new RestoreFailedError(dbFile, 'database-in-use');
  } finally {
    db.close();
  }
}

function reasonOf(error: unknown): RestoreFailedReason {
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === 'ENOSPC' || code === 'EDQUOT' || code === 'SQLITE_FULL') return 'disk-full';
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS' || code === 'SQLITE_READONLY') return 'no-permission';
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED' || code === 'EBUSY') return 'database-in-use';
  return 'other';
}

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  );
}
