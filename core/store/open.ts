import BetterSqlite3, { type Database } from 'better-sqlite3';
import { chmodSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { StoreError } from '../errors.js';
import { defaultDataDir } from '../paths.js';
import { PRIVATE_FILE, PRIVATE_FOLDER } from './blobs.js';
import { busyAsStoreError, busyTimeoutMs } from './busy.js';
import { sweepOwnTemps } from '../util/own-temp.js';
import { migrate } from './migrate.js';
import { installStoredRates } from '../rates/rate-store.js';

export interface Store {
  db: Database;
  /** Folder of the content-addressed files (`blobs/ab/abcdef…`), beside the database. */
  blobDir: string;
  close(): void;
}

/**
 * Opens (creating if needed) a CasePack database: WAL, foreign keys on, a busy timeout for writes that
 * meet another process's, schema migrated. The database and its blob folder are the owner's only (a
 * folder CasePack creates is 0700; SQLite gives its -wal and -shm files the database's mode). The user data
 * folder is CasePack's own, so one an older version left open to others is closed too; a folder the user
 * chose with `--db` keeps the mode they gave it.
 */
export function openStore(file: string): Store {
  const folder = dirname(file);
  mkdirSync(folder, { recursive: true, mode: PRIVATE_FOLDER });
  const blobDir = join(folder, 'blobs');
  let db: Database;
  try {
    db = new BetterSqlite3(file);
    if (process.platform !== 'win32') {
      if (resolve(folder) === resolve(defaultDataDir())) chmodSync(folder, PRIVATE_FOLDER);
      chmodSync(file, PRIVATE_FILE);
      mkdirSync(blobDir, { recursive: true, mode: PRIVATE_FOLDER });
      chmodSync(blobDir, PRIVATE_FOLDER);
    }
    db.pragma(`busy_timeout = ${busyTimeoutMs()}`);
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
  } catch (error) {
    const busy = busyAsStoreError(error, file);
    throw busy instanceof StoreError ? busy : new StoreError(`${file}: cannot open the database (${(error as Error).message})`);
  }
  try {
    migrate(db);
  } catch (error) {
    db.close();
    const busy = busyAsStoreError(error, file);
    throw busy instanceof StoreError ? busy : new StoreError(`${file}: ${(error as Error).message}`);
  }
  // The LPR and Bank Rate values this database's user added, for every calculation from now on.
  installStoredRates(db);
  // Parts of blobs, and restores, that a killed CasePack was writing (only those of dead processes).
  void sweepOwnTemps('parts', blobDir).then(() => sweepOwnTemps('parts', dirname(file)));
  return { db, blobDir, close: () => db.close() };
}
