import { parentPort } from 'node:worker_threads';
import { openStore } from '../store/open.js';
import { toErrorPayload } from './api-error.js';
import { buildBundle, type BundleRequest } from './bundle-request.js';

/**
 * Builds bundles in a worker thread, one job at a time, each over its own connection to the database, so
 * that the main process keeps answering while one runs and a job can be cancelled by terminating this
 * thread. Between jobs the thread may wait as a spare (see bundle-workers.ts).
 */
parentPort!.on('message', async ({ dbFile, request }: { dbFile: string; request: BundleRequest }) => {
  const store = openStore(dbFile);
  try {
    const built = await buildBundle(store, request);
    parentPort!.postMessage({ type: 'done', file: built }, [built.bytes.buffer as ArrayBuffer]);
  } catch (error) {
    parentPort!.postMessage({ type: 'failed', error: toErrorPayload(error) });
  } finally {
    store.close();
  }
});
