import { readFileSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_CASES } from '../../test/support/examples.js';
import { useTempDir } from '../../test/support/temp-dir.js';
import { fileReferences } from '../case/file-references.js';
import { loadCaseFile } from '../case/validate.js';
import { sha256Hex } from '../util/sha256.js';
import { blobPath } from './blobs.js';
import { exportCase } from './export-case.js';
import { importCase } from './import-case.js';
import { openStore } from './open.js';
import { getCase, listCases } from './read-cases.js';

const tempDir = useTempDir();

/** Each file a case names, as its JSON path and the SHA-256 of its content. */
async function fileHashes(caseFile: string): Promise<Record<string, string>> {
  const loaded = await loadCaseFile(caseFile);
  return Object.fromEntries(
    fileReferences(loaded.data).map((r) => [r.jsonPath, sha256Hex(readFileSync(resolve(dirname(caseFile), r.path)))]),
  );
}

describe('import → export round trip', () => {
  it.each(EXAMPLE_CASES)('gives back the same case for %s', async (caseFile) => {
    const dir = tempDir();
    const store = openStore(join(dir, 'casepack.db'));
    const id = await importCase(store, await loadCaseFile(caseFile));
    const exported = await exportCase(store, id, join(dir, 'out'));

    const again = await loadCaseFile(exported);
    expect(again.raw).toEqual(JSON.parse(readFileSync(caseFile, 'utf8')));
    expect(await fileHashes(exported)).toEqual(await fileHashes(caseFile));

    const stored = getCase(store, id);
    for (const f of stored.files) expect(sha256Hex(readFileSync(blobPath(store.blobDir, f.sha256)))).toBe(f.sha256);
    expect(listCases(store)).toEqual([expect.objectContaining({ id, title: again.data.title })]);
    store.close();
  });

  it('stores each file once however many cases name it', async () => {
    const dir = tempDir();
    const store = openStore(join(dir, 'casepack.db'));
    const loaded = await loadCaseFile(EXAMPLE_CASES[0]!);
    await importCase(store, loaded);
    await importCase(store, loaded);
    const counts = store.db
      .prepare('SELECT (SELECT count(*) FROM blobs) AS blobs, (SELECT count(*) FROM case_files) AS files')
      .get();
    expect(counts).toEqual({ blobs: fileReferences(loaded.data).length, files: 2 * fileReferences(loaded.data).length });
    store.close();
  });

  it('refuses to export into a folder that is not empty, writing nothing', async () => {
    const dir = tempDir();
    const store = openStore(join(dir, 'casepack.db'));
    const id = await importCase(store, await loadCaseFile(EXAMPLE_CASES[0]!));
    await exportCase(store, id, join(dir, 'out'));
    await expect(exportCase(store, id, join(dir, 'out'))).rejects.toThrow(/not empty/);
    store.close();
  });
});
