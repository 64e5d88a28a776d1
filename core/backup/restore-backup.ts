import BetterSqlite3 from 'better-sqlite3';
import { mkdir, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { PRIVATE_FOLDER } from '../store/blobs.js';
import { openStore, type Store } from '../store/open.js';
import { tempSibling } from '../util/own-temp.js';
import type { BackupProgressListener } from './backup-progress.js';
import { DATABASE_ENTRY, type BackupManifest } from './manifest.js';
import { BadBackupError, unpackBackup } from './read-backup.js';
import { swapIn, type SwapFileOps } from './swap-in.js';

/** A backup unpacked and checked beside the database, ready to replace it or to be thrown away. */
export interface PreparedRestore {
  manifest: BackupManifest;
  /** Cases in the backup's database. */
  cases: number;
  /**
   * Replaces the database with the backup's, keeping the old one aside; returns where it was kept. A failure
   * (`RestoreFailedError`) leaves the current data as it was. `ops` are the file operations, for tests.
   */
  apply(ops?: SwapFileOps): Promise<string | null>;
  discard(): Promise<void>;
}

/**
 * Unpacks `backupFile` next to the database `dbFile` and verifies it (every SHA-256, and SQLite's own
 * integrity check of the database) without touching the current data: the caller asks the user, then
 * applies or discards; `onProgress` hears of every file checked. The current database is never deleted: it is kept as `….before-restore-<time>`.
 */
export async function prepareRestore(
  backupFile: string,
  dbFile: string,
  onProgress: BackupProgressListener = () => {},
): Promise<PreparedRestore> {
  const staging = tempSibling(dbFile);
  await mkdir(dirname(dbFile), { recursive: true, mode: PRIVATE_FOLDER });
  await mkdir(staging, { mode: PRIVATE_FOLDER });
  try {
    const manifest = await unpackBackup(backupFile, staging, onProgress);
    const cases = countCases(backupFile, join(staging, DATABASE_ENTRY));
    return {
      manifest,
      cases,
      apply: async (ops) => {
        const aside = await swapIn(staging, dbFile, ops);
        await rm(staging, { recursive: true, force: true }).catch(() => undefined);
        return aside;
      },
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
    return caseCount(db);
  } catch {
    throw new BadBackupError(backupFile, 'database-damaged');
  } finally {
    db?.close();
  }
}

/** How many cases a CasePack database holds. */
export function caseCount(db: BetterSqlite3.Database): number {
  return (db.prepare('SELECT count(*) AS n FROM cases').get() as { n: number }).n;
}

/**
 * Applies a prepared restore under a store that is open (the app's): closes it, swaps the database in and
 * reopens the same `Store` object in place, so that everything holding it (the API context, the app's quit
 * handler) goes on with the restored data. Returns where the replaced database was kept.
 */
export async function restoreUnderOpenStore(store: Store, prepared: PreparedRestore): Promise<string | null> {
  const file = store.db.name;
  store.close();
  try {
    return await prepared.apply();
  } finally {
    Object.assign(store, openStore(file));
  }
}
