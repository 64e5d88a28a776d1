import BetterSqlite3 from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../test/support/temp-dir.js';
import { StoreError } from '../errors.js';
import { migrate } from './migrate.js';
import { MIGRATIONS } from './migrations/index.js';
import { openStore } from './open.js';

const tempDir = useTempDir();

const DOCUMENT = JSON.stringify({
  title: '旧案件',
  creditor: { name: '甲公司', idNumber: '91310000000000000X' },
  debtors: [
    { name: '乙公司', role: 'debtor', idNumber: '91330000000000000Y' },
    { name: '张三', role: 'guarantor' },
  ],
  contract: { number: 'HT-1' },
  evidence: [{ file: 'e.pdf' }, { file: `evidence/${'欠'.repeat(100)}.pdf` }],
});
/** What migration 005 makes of the 304-byte name above: 200 bytes at most, whole characters, extension kept. */
const FITTED = `evidence/${'欠'.repeat(65)}.pdf`;

/** Rows that a database at schema `version` could hold, written with that version's tables only. */
function seed(db: BetterSqlite3.Database, version: number): void {
  if (version >= 1) {
    db.prepare(
      `INSERT INTO cases (id, uid, title, locale, currency, document, created_at, updated_at)
       VALUES (1, 'u-1', '旧案件', 'zh-CN', 'CNY', ?, '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z')`,
    ).run(DOCUMENT);
    db.prepare(`INSERT INTO blobs (sha256, size, created_at) VALUES (?, 3, '2025-01-01T00:00:00Z')`).run('a'.repeat(64));
    db.prepare(`INSERT INTO case_files (case_id, json_path, path, sha256) VALUES (1, 'evidence[0].file', 'e.pdf', ?)`).run(
      'a'.repeat(64),
    );
    db.prepare(`INSERT INTO case_files (case_id, json_path, path, sha256) VALUES (1, 'evidence[1].file', ?, ?)`).run(
      `evidence/${'欠'.repeat(100)}.pdf`,
      'a'.repeat(64),
    );
  }
  if (version >= 2) {
    // What CasePack at schema 2 writes beside the document: the contract number and the party rows.
    db.prepare(`UPDATE cases SET contract_number = 'HT-1' WHERE id = 1`).run();
    const party = db.prepare('INSERT INTO case_parties (case_id, role, position, name, id_number) VALUES (1, ?, ?, ?, ?)');
    party.run('creditor', 0, '甲公司', '91310000000000000X');
    party.run('debtor', 0, '乙公司', '91330000000000000Y');
    party.run('guarantor', 1, '张三', null);
  }
  if (version >= 3) {
    db.prepare(
      `INSERT INTO case_ladder (case_id, ladder, stage, updated_at) VALUES (1, 'b2b-invoice', 'reminder', '2025-01-02')`,
    ).run();
  }
  if (version >= 6) {
    // A case stored before its history was kept starts it with one `migrated` revision, as 006 writes it.
    db.prepare(
      `INSERT INTO case_revisions (case_id, revision, parent, change, document, files, created_at)
       SELECT 1, 1, NULL, 'migrated', document,
              json_array(json_object('path', 'e.pdf', 'sha256', ?, 'size', 3),
                         json_object('path', ?, 'sha256', ?, 'size', 3)),
              updated_at FROM cases WHERE id = 1`,
    ).run('a'.repeat(64), `evidence/${'欠'.repeat(100)}.pdf`, 'a'.repeat(64));
  }
}

describe('migrations', () => {
  it('build the newest schema from an empty file and record each step', () => {
    const store = openStore(join(tempDir(), 'new.db'));
    const rows = store.db.prepare('SELECT version, name FROM schema_migrations ORDER BY version').all();
    expect(rows).toEqual(MIGRATIONS.map((m) => ({ version: m.version, name: m.name })));
    expect(store.db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    expect(store.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(store.db.pragma('foreign_keys', { simple: true })).toBe(1);
    store.close();
  });

  it.each(MIGRATIONS.map((m) => m.version).slice(0, -1))('upgrade a database at schema %i, keeping its data', (version) => {
    const file = join(tempDir(), 'old.db');
    const old = new BetterSqlite3(file);
    migrate(
      old,
      MIGRATIONS.filter((m) => m.version <= version),
    );
    seed(old, version);
    old.close();

    const store = openStore(file);
    expect(store.db.prepare('SELECT count(*) AS n FROM schema_migrations').get()).toEqual({ n: MIGRATIONS.length });
    expect(store.db.prepare('SELECT title, contract_number FROM cases WHERE id = 1').get()).toEqual({
      title: '旧案件',
      contract_number: 'HT-1',
    });
    expect(store.db.prepare('SELECT role, position, name, id_number FROM case_parties ORDER BY role, position').all()).toEqual([
      { role: 'creditor', position: 0, name: '甲公司', id_number: '91310000000000000X' },
      { role: 'debtor', position: 0, name: '乙公司', id_number: '91330000000000000Y' },
      { role: 'guarantor', position: 1, name: '张三', id_number: null },
    ]);
    // Migration 005: a stored name longer than 200 bytes is shortened, in case_files and in the document
    // (a database already at 5 was written by a CasePack that never stored such a name).
    const long = version < 5 ? FITTED : `evidence/${'欠'.repeat(100)}.pdf`;
    expect(store.db.prepare('SELECT path, sha256 FROM case_files ORDER BY json_path').all()).toEqual([
      { path: 'e.pdf', sha256: 'a'.repeat(64) },
      { path: long, sha256: 'a'.repeat(64) },
    ]);
    const document = JSON.parse(
      (store.db.prepare('SELECT document FROM cases WHERE id = 1').get() as { document: string }).document,
    );
    expect(document.evidence).toEqual([{ file: 'e.pdf' }, { file: long }]);
    // Migration 006: the case's history starts with its state as found, files included; it is neither
    // archived nor deleted.
    const revision = store.db.prepare('SELECT revision, parent, change, document, files FROM case_revisions').get() as {
      document: string;
      files: string;
    };
    expect(revision).toMatchObject({ revision: 1, parent: null, change: 'migrated' });
    expect(JSON.parse(revision.document)).toEqual(document);
    expect(JSON.parse(revision.files)).toEqual([
      { path: 'e.pdf', sha256: 'a'.repeat(64), size: 3 },
      { path: long, sha256: 'a'.repeat(64), size: 3 },
    ]);
    expect(store.db.prepare('SELECT archived_at, deleted_at FROM cases').get()).toEqual({ archived_at: null, deleted_at: null });
    // Migration 003: the ladder table starts empty; `casepack due` fills it from each case's events.
    expect(store.db.prepare('SELECT count(*) AS n FROM case_ladder').get()).toEqual({ n: version >= 3 ? 1 : 0 });
    // Migration 004: no settings until the user saves some.
    expect(store.db.prepare('SELECT count(*) AS n FROM settings').get()).toEqual({ n: 0 });
    // Migration 007: no added rates; the calculations use the bundled data alone.
    expect(store.db.prepare('SELECT count(*) AS n FROM rate_entries').get()).toEqual({ n: 0 });
    expect(store.db.pragma('integrity_check', { simple: true })).toBe('ok');
    store.close();
  });

  it('refuse a database written by a newer CasePack', () => {
    const file = join(tempDir(), 'newer.db');
    openStore(file).close();
    const db = new BetterSqlite3(file);
    db.prepare(`INSERT INTO schema_migrations VALUES (999, '999-future', '2030-01-01')`).run();
    db.close();
    expect(() => openStore(file)).toThrow(StoreError);
    expect(() => openStore(file)).toThrow(/newer CasePack/);
  });

  it('roll back every step of a migration that fails', () => {
    const db = new BetterSqlite3(join(tempDir(), 'broken.db'));
    const broken = [
      ...MIGRATIONS,
      { version: MIGRATIONS.length + 1, name: 'broken', sql: 'CREATE TABLE x (a); SELECT * FROM nowhere;' },
    ];
    expect(() => migrate(db, broken)).toThrow();
    expect(db.prepare(`SELECT count(*) AS n FROM sqlite_master WHERE name IN ('cases', 'x')`).get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT count(*) AS n FROM schema_migrations').get()).toEqual({ n: 0 });
    db.close();
  });
});
