import BetterSqlite3, { type Database } from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { StoreError } from '../errors.js';
import { migrate } from './migrate.js';

export interface Store {
  db: Database;
  /** Folder of the content-addressed files (`blobs/ab/abcdef…`), beside the database. */
  blobDir: string;
  close(): void;
}

/** Opens (creating if needed) a CasePack database: WAL, foreign keys on, schema migrated. */
export function openStore(file: string): Store {
  mkdirSync(dirname(file), { recursive: true });
  let db: Database;
  try {
    db = new BetterSqlite3(file);
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
  } catch (error) {
    throw new StoreError(`${file}: cannot open the database (${(error as Error).message})`);
  }
  try {
    migrate(db);
  } catch (error) {
    db.close();
    throw error instanceof StoreError ? error : new StoreError(`${file}: ${(error as Error).message}`);
  }
  return { db, blobDir: join(dirname(file), 'blobs'), close: () => db.close() };
}
