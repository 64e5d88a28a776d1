import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCaseFile } from '../core/case/validate.js';
import { importCase } from '../core/store/import-case.js';
import { openStore, type Store } from '../core/store/open.js';
import { PROJECT_ROOT } from '../core/project-root.js';
import { EXAMPLE_CASES } from './support/examples.js';
import { useTempDir } from './support/temp-dir.js';

const tempDir = useTempDir();

function snapshot(store: Store): unknown {
  const tables = ['cases', 'case_files', 'case_parties', 'blobs', 'schema_migrations'];
  return Object.fromEntries(tables.map((t) => [t, store.db.prepare(`SELECT * FROM ${t} ORDER BY rowid`).all()]));
}

describe('an import killed in the middle', () => {
  it('leaves the database as it was', async () => {
    const database = join(tempDir(), 'casepack.db');
    const store = openStore(database);
    await importCase(store, await loadCaseFile(EXAMPLE_CASES[0]!));
    const before = snapshot(store);
    store.close();

    const child = spawnSync(
      process.execPath,
      [join(PROJECT_ROOT, 'test/fixtures/import-then-die.mjs'), database, EXAMPLE_CASES[1]!],
      {
        encoding: 'utf8',
      },
    );
    expect(child.signal).toBe('SIGKILL');
    expect(child.stdout).not.toContain('not killed');

    const reopened = openStore(database);
    expect(reopened.db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(snapshot(reopened)).toEqual(before);
    reopened.close();
  });
});
