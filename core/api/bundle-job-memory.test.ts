import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { useTempDir } from '../../test/support/temp-dir.js';
import { loadCaseFile } from '../case/validate.js';
import { PROJECT_ROOT } from '../project-root.js';
import { importCase } from '../store/import-case.js';
import { openStore, type Store } from '../store/open.js';
import { callApi } from './handlers.js';

const tempDir = useTempDir();
let store: Store | undefined;
afterEach(() => {
  store?.close();
  delete process.env.CASEPACK_BUNDLE_HEAP_MB;
});

describe('a bundle job that runs out of memory', () => {
  it('is reported as failed, and the API keeps answering', async () => {
    // A heap far too small for any bundle: the worker dies of out-of-memory, as under a hostile exhibit.
    process.env.CASEPACK_BUNDLE_HEAP_MB = '4';
    store = openStore(join(tempDir(), 'casepack.db'));
    const c = { store, today: () => '2026-01-05' };
    const id = await importCase(store, await loadCaseFile(join(PROJECT_ROOT, 'examples', 'zh-sale-of-goods', 'case.json')));
    const { job } = (await callApi(c, 'bundles/start', { kind: 'evidence', id })) as { job: string };
    let status: { state: string; error?: { name: string; message: string } };
    do {
      await new Promise((r) => setTimeout(r, 50));
      status = (await callApi(c, 'bundles/status', { job })) as typeof status;
    } while (status.state === 'running');
    expect(status).toMatchObject({ state: 'failed', error: { name: 'BundleError' } });
    expect(status.error!.message).toContain('needed more than 4 MB of memory');
    expect(await callApi(c, 'cases/list', {})).toHaveLength(1);
  });
});
