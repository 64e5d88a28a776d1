import BetterSqlite3 from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { copyFileSync, cpSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_CASES } from '../../test/support/examples.js';
import { useTempDir } from '../../test/support/temp-dir.js';
import { loadCaseFile } from '../case/validate.js';
import { importCase } from '../store/import-case.js';
import { openStore } from '../store/open.js';
import { prepareRestore } from './restore-backup.js';
import { RestoreFailedError, SYSTEM_FILE_OPS, type SwapFileOps } from './swap-in.js';
import { writeBackup } from './write-backup.js';

const tempDir = useTempDir();

/** The titles of the cases a database holds, read as SQLite reads it (its WAL included). */
function titles(dbFile: string): string[] {
  const db = new BetterSqlite3(dbFile);
  try {
    return (db.prepare('SELECT title FROM cases ORDER BY id').all() as { title: string }[]).map((r) => r.title);
  } finally {
    db.close();
  }
}

/** `ab/abcdef…` → SHA-256 of its bytes, for every stored file of a data folder. */
function blobs(folder: string): Map<string, string> {
  const found = new Map<string, string>();
  const dir = join(folder, 'blobs');
  for (const prefix of existsSync(dir) ? readdirSync(dir) : [])
    for (const name of readdirSync(join(dir, prefix)))
      found.set(
        `${prefix}/${name}`,
        createHash('sha256')
          .update(readFileSync(join(dir, prefix, name)))
          .digest('hex'),
      );
  return found;
}

/**
 * A data folder whose database has a committed change only in its WAL (as after a crash of the app), and a
 * backup of other cases: the current data and the restored data differ in every case and most stored files.
 */
async function dataAndBackup() {
  const source = join(tempDir(), 'casepack.db');
  const store = openStore(source);
  for (const file of EXAMPLE_CASES.slice(1, 3)) await importCase(store, await loadCaseFile(file));
  const backup = join(tempDir(), 'backup.zip');
  const manifest = await writeBackup(store, backup);
  store.close();

  const current = tempDir();
  const live = openStore(join(current, 'casepack.db'));
  await importCase(live, await loadCaseFile(EXAMPLE_CASES[0]!));
  live.db.pragma('wal_autocheckpoint = 0');
  live.db.prepare("UPDATE cases SET title = 'only in the WAL'").run();
  const template = tempDir();
  for (const name of ['casepack.db', 'casepack.db-wal']) copyFileSync(join(current, name), join(template, name));
  cpSync(join(current, 'blobs'), join(template, 'blobs'), { recursive: true });
  live.close();

  const old = { titles: titles(join(template, 'casepack.db')), blobs: blobs(template) };
  expect(old.titles).toEqual(['only in the WAL']);
  const restored = { titles: titles(source), blobs: blobs(join(source, '..')) };
  expect(Object.keys(manifest.files).filter((f) => f.startsWith('blobs/'))).toHaveLength(restored.blobs.size);
  return { backup, template, old, restored };
}

/** The system's file operations, the `failAt`-th failing as a full disk; with `crash`, every one after too. */
function failing(failAt: number, crash: boolean) {
  let count = 0;
  const fail =
    <A extends unknown[]>(op: (...args: A) => Promise<void>) =>
    async (...args: A) => {
      count += 1;
      if (count === failAt || (crash && count > failAt))
        throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
      await op(...args);
    };
  const ops = Object.fromEntries(Object.entries(SYSTEM_FILE_OPS).map(([name, op]) => [name, fail(op)])) as unknown as SwapFileOps;
  return { ops, count: () => count };
}

describe('restore: a failure at any file operation leaves the old data or the new, never a mix', () => {
  it('fails each operation in turn, with and without the chance to undo, and checks what the folder holds', async () => {
    const { backup, template, old, restored } = await dataAndBackup();
    let operations = 0;
    for (const crash of [false, true])
      for (let failAt = 1; ; failAt++) {
        const folder = tempDir();
        cpSync(template, folder, { recursive: true });
        const db = join(folder, 'casepack.db');
        const prepared = await prepareRestore(backup, db);
        const { ops, count } = failing(failAt, crash);
        const outcome = await prepared.apply(ops).then(
          (aside) => ({ aside }),
          (error: unknown) => ({ error }),
        );
        await prepared.discard();
        const now = { titles: titles(db), blobs: blobs(folder) };
        const label = `${crash ? 'crash' : 'failure'} at operation ${failAt}`;
        const isOld =
          JSON.stringify(now.titles) === JSON.stringify(old.titles) && [...old.blobs].every(([n, h]) => now.blobs.get(n) === h);
        const isNew =
          JSON.stringify(now.titles) === JSON.stringify(restored.titles) &&
          [...restored.blobs].every(([n, h]) => now.blobs.get(n) === h);
        expect(isOld !== isNew, label).toBe(true);
        if ('error' in outcome) {
          expect(isOld, label).toBe(true);
          const error = outcome.error as RestoreFailedError;
          expect(error, label).toBeInstanceOf(RestoreFailedError);
          expect(error.reason).toBe('disk-full');
          expect(error.message).not.toContain('\n');
          // Undone as far as the disk let it: after a plain failure not one stored file of the backup stays.
          if (!crash) expect([...now.blobs.keys()].sort(), label).toEqual([...old.blobs.keys()].sort());
        } else {
          expect(isNew, label).toBe(true);
          expect(titles(outcome.aside!), label).toEqual(old.titles);
        }
        if (count() < failAt) {
          expect('aside' in outcome, label).toBe(true);
          operations = count();
          break;
        }
      }
    // Every stored file moved is one operation: the loop went through all of them.
    expect(operations).toBeGreaterThan(restored.blobs.size);
  });

  it('refuses while another connection has the database open, changing nothing', async () => {
    const { backup, template, old } = await dataAndBackup();
    const folder = tempDir();
    cpSync(template, folder, { recursive: true });
    const db = join(folder, 'casepack.db');
    const app = new BetterSqlite3(db);
    app.prepare('SELECT count(*) FROM cases').get();
    const prepared = await prepareRestore(backup, db);
    const error = (await prepared.apply().catch((e: unknown) => e)) as RestoreFailedError;
    await prepared.discard();
    app.close();
    expect(error).toBeInstanceOf(RestoreFailedError);
    expect(error.reason).toBe('database-in-use');
    expect(titles(db)).toEqual(old.titles);
    expect(readdirSync(folder).filter((f) => f.includes('before-restore'))).toEqual([]);
  });
});
