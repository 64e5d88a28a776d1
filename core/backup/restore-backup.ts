import BetterSqlite3 from 'better-sqlite3';
import { chmod, mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { PRIVATE_FILE, PRIVATE_FOLDER } from '../store/blobs.js';
import { tempSibling } from '../util/own-temp.js';
import { DATABASE_ENTRY, type BackupManifest } from './manifest.js';
import { BadBackupError, unpackBackup } from './read-backup.js';

/** A backup unpacked and checked beside the database, ready to replace it or to be thrown away. */
export interface PreparedRestore {
  manifest: BackupManifest;
  /** Cases in the backup's database. */
  cases: number;
  /** Replaces the database with the backup's, keeping the old one aside; returns where it was kept. */
  apply(): Promise<string | null>;
  discard(): Promise<void>;
}

/**
 * Unpacks `backupFile` next to the database `dbFile` and verifies it (every SHA-256, and SQLite's own
 * integrity check of the database) without touching the current data: the caller asks the user, then
 * applies or discards. The current database is never deleted: it is renamed `….before-restore-<time>`.
 */
export async function prepareRestore(backupFile: string, dbFile: string): Promise<PreparedRestore> {
  const staging = tempSibling(dbFile);
  await mkdir(dirname(dbFile), { recursive: true, mode: PRIVATE_FOLDER });
  await mkdir(staging, { mode: PRIVATE_FOLDER });
  try {
    const manifest = await unpackBackup(backupFile, staging);
    const cases = countCases(backupFile, join(staging, DATABASE_ENTRY));
    return {
      manifest,
      cases,
      apply: () => swapIn(staging, dbFile),
      discard: () => rm(staging, { recursive: true, force: true }),
    };
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
}

function countCases(backupFile: string, file: string): number {
  let db: BetterSqlite3.Database | undefined;
  try {
    db = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
    if (db.pragma('quick_check', { simple: true }) !== 'ok') throw new Error('damaged');
    return (db.prepare('SELECT count(*) AS n FROM cases').get() as { n: number }).n;
  } catch {
    throw new BadBackupError(backupFile, 'its database is damaged or not a CasePack database');
  } finally {
    db?.close();
  }
}

async function swapIn(staging: string, dbFile: string): Promise<string | null> {
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const aside = join(dirname(dbFile), `${basename(dbFile)}.before-restore-${stamp}`);
  const had = await stat(dbFile).then(
    () => true,
    () => false,
  );
  if (had) {
    await rename(dbFile, aside);
    for (const suffix of ['-wal', '-shm']) await rename(`${dbFile}${suffix}`, `${aside}${suffix}`).catch(() => undefined);
  }
  await rename(join(staging, DATABASE_ENTRY), dbFile);
  await chmod(dbFile, PRIVATE_FILE);
  // Blobs are named by their content: one already in the store is the same file, and stays.
  const blobDir = join(dirname(dbFile), 'blobs');
  const stagedBlobs = join(staging, 'blobs');
  for (const prefix of await readdir(stagedBlobs).catch(() => [] as string[])) {
    await mkdir(join(blobDir, prefix), { recursive: true, mode: PRIVATE_FOLDER });
    for (const name of await readdir(join(stagedBlobs, prefix))) {
      const target = join(blobDir, prefix, name);
      if (!(await stat(target).catch(() => undefined))) await rename(join(stagedBlobs, prefix, name), target);
    }
  }
  await rm(staging, { recursive: true, force: true });
  return had ? aside : null;
}
