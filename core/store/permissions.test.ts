import { chmodSync, mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../test/support/temp-dir.js';
import { openStore } from './open.js';

const tempDir = useTempDir();
const mode = (path: string) => statSync(path).mode & 0o777;

describe.skipIf(process.platform === 'win32')('the data folder and database', () => {
  it('are created readable by their owner only, whatever the umask', () => {
    const old = process.umask(0o022);
    try {
      const dir = join(tempDir(), 'CasePack');
      const store = openStore(join(dir, 'casepack.db'));
      store.db.prepare('SELECT 1').get();
      expect(mode(dir)).toBe(0o700);
      for (const file of ['casepack.db', 'casepack.db-wal', 'casepack.db-shm']) expect(mode(join(dir, file))).toBe(0o600);
      expect(mode(store.blobDir)).toBe(0o700);
      store.close();
    } finally {
      process.umask(old);
    }
  });

  it('repairs a database an older CasePack left readable by others, and the blob folder', () => {
    const dir = tempDir();
    openStore(join(dir, 'casepack.db')).close();
    chmodSync(join(dir, 'casepack.db'), 0o644);
    mkdirSync(join(dir, 'blobs'), { recursive: true });
    chmodSync(join(dir, 'blobs'), 0o755);
    openStore(join(dir, 'casepack.db')).close();
    expect(mode(join(dir, 'casepack.db'))).toBe(0o600);
    expect(mode(join(dir, 'blobs'))).toBe(0o700);
  });

  it('closes the user data folder an older CasePack left open, but not a folder chosen with --db', () => {
    const dataDir = join(tempDir(), 'CasePack');
    const chosen = join(tempDir(), 'shared');
    for (const dir of [dataDir, chosen]) {
      mkdirSync(dir, { recursive: true });
      chmodSync(dir, 0o755);
    }
    const old = process.env.CASEPACK_DATA_DIR;
    process.env.CASEPACK_DATA_DIR = dataDir;
    try {
      openStore(join(dataDir, 'casepack.db')).close();
      openStore(join(chosen, 'casepack.db')).close();
    } finally {
      if (old === undefined) delete process.env.CASEPACK_DATA_DIR;
      else process.env.CASEPACK_DATA_DIR = old;
    }
    expect(mode(dataDir)).toBe(0o700);
    expect(mode(chosen)).toBe(0o755);
    expect(mode(join(chosen, 'casepack.db'))).toBe(0o600);
  });
});
