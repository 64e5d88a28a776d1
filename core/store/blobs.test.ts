import { chmodSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_CASES } from '../../test/support/examples.js';
import { useTempDir } from '../../test/support/temp-dir.js';
import { callApi } from '../api/handlers.js';
import { loadCaseFile } from '../case/validate.js';
import { blobPath } from './blobs.js';
import { exportCase } from './export-case.js';
import { importCase } from './import-case.js';
import { openStore } from './open.js';
import { getCase } from './read-cases.js';

const tempDir = useTempDir();

async function storedExample() {
  const store = openStore(join(tempDir(), 'casepack.db'));
  const id = await importCase(store, await loadCaseFile(EXAMPLE_CASES.find((f) => f.includes('zh-sale-of-goods'))!));
  const file = getCase(store, id).files.find((f) => f.path === 'evidence/contract.pdf')!;
  return { store, id, file, path: blobPath(store.blobDir, file.sha256) };
}

describe('stored files', () => {
  it('are served only while they still have the SHA-256 they were stored under', async () => {
    const { store, id, file, path } = await storedExample();
    const context = { store, today: () => '2026-01-05' };
    const read = (await callApi(context, 'files/read', { id, path: file.path })) as { bytes: string };
    expect(Buffer.from(read.bytes, 'base64').equals(readFileSync(path))).toBe(true);

    chmodSync(path, 0o600);
    const changed = readFileSync(path);
    changed[changed.length - 10] = changed[changed.length - 10]! ^ 0xff;
    writeFileSync(path, changed);
    await expect(callApi(context, 'files/read', { id, path: file.path })).rejects.toMatchObject({
      name: 'BlobChangedError',
      message: expect.stringContaining('has changed on disk since it was added'),
    });
    await expect(exportCase(store, id, join(tempDir(), 'out'))).rejects.toMatchObject({ name: 'BlobChangedError' });
    store.close();
  });

  it.skipIf(process.platform === 'win32')('are readable by their owner only', async () => {
    const { store, path } = await storedExample();
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(statSync(store.blobDir).mode & 0o777).toBe(0o700);
    store.close();
  });
});
