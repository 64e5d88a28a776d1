import type { Database } from 'better-sqlite3';
import { StoreError } from '../errors.js';
import { MIGRATIONS, type Migration } from './migrations/index.js';

/**
 * Brings the database up to the newest schema: all pending migrations run in one transaction and are
 * recorded in `schema_migrations`. A database written by a newer CasePack, or one whose history differs
 * from ours, is refused rather than guessed at.
 */
export function migrate(db: Database, migrations: readonly Migration[] = MIGRATIONS): number {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version    INTEGER PRIMARY KEY,
    name       TEXT NOT NULL,
    applied_at TEXT NOT NULL
  )`);
  const applied = appliedMigrations(db, migrations);
  if (applied === migrations.length) return 0;
  const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
  // IMMEDIATE: two processes opening a new database at once must not both migrate it. The one that waited
  // finds the work done when it reads the history again under the lock.
  return db
    .transaction(() => {
      const pending = migrations.slice(appliedMigrations(db, migrations));
      for (const m of pending) {
        if (m.sql) db.exec(m.sql);
        m.run?.(db);
        record.run(m.version, m.name, new Date().toISOString());
      }
      if (pending.length > 0) db.pragma(`user_version = ${migrations.length}`);
      return pending.length;
    })
    .immediate();
}

/** How many of `migrations` the database has applied; refuses a history that is not a prefix of them. */
function appliedMigrations(db: Database, migrations: readonly Migration[]): number {
  const applied = db.prepare('SELECT version, name FROM schema_migrations ORDER BY version').all() as {
    version: number;
    name: string;
  }[];
  applied.forEach((row, i) => {
    const known = migrations[i];
    if (!known)
      throw new StoreError(`${db.name}: written by a newer CasePack (schema ${row.version}); update CasePack to open it`);
    if (known.version !== row.version || known.name !== row.name)
      throw new StoreError(`${db.name}: schema history differs at ${row.version} ${row.name} (expected ${known.name})`);
  });
  return applied.length;
}
