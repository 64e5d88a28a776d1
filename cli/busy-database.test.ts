import BetterSqlite3 from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../core/project-root.js';
import { openStore } from '../core/store/open.js';
import { runCli } from '../test/support/cli.js';
import { EXAMPLE_CASES } from '../test/support/examples.js';
import { useTempDir } from '../test/support/temp-dir.js';

const tempDir = useTempDir();

/** `casepack import` as a separate process, resolving when it exits. */
function importAsync(file: string, db: string) {
  return new Promise<{ status: number | null; stderr: string }>((done) => {
    const child = spawn(process.execPath, [join(PROJECT_ROOT, 'cli', 'casepack.js'), 'import', file, '--db', db]);
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (status) => done({ status, stderr }));
  });
}

describe('two CasePack processes on one database', () => {
  it('both import, one after the other, when they run at once', async () => {
    const db = join(tempDir(), 'casepack.db');
    const runs = await Promise.all([...EXAMPLE_CASES, ...EXAMPLE_CASES].map((file) => importAsync(file, db)));
    for (const run of runs) expect(run).toEqual({ status: 0, stderr: '' });
    const store = openStore(db);
    expect(store.db.prepare('SELECT count(*) AS n FROM cases').get()).toEqual({ n: runs.length });
    store.close();
  });

  it('gives up after the busy timeout with one line and exit 1, never a stack trace', () => {
    const db = join(tempDir(), 'casepack.db');
    openStore(db).close();
    const holder = new BetterSqlite3(db);
    holder.exec('BEGIN IMMEDIATE');
    try {
      const result = runCli(['import', EXAMPLE_CASES[0]!, '--db', db], { env: { CASEPACK_BUSY_TIMEOUT_MS: '300' } });
      expect(result.status).toBe(1);
      expect(result.stderr).toBe(
        `error: ${db}: the database is busy (another CasePack is writing to it); try again when it has finished\n`,
      );
    } finally {
      holder.exec('ROLLBACK');
      holder.close();
    }
  });
});
