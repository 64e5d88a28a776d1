import { parentPort, workerData } from 'node:worker_threads';
import { openStore } from '../store/open.js';
import { toErrorPayload } from './api-error.js';
import { buildBundle, type BundleRequest } from './bundle-request.js';

/**
 * Builds one bundle in a worker thread, over its own connection to the database, so that the main process
 * keeps answering while it runs and the job can be cancelled by terminating this thread.
 */
const { dbFile, request } = workerData as { dbFile: string; request: BundleRequest };
const store = openStore(dbFile);
try {
  const built = await buildBundle(store, request);
  parentPort!.postMessage({ type: 'done', file: built }, [built.bytes.buffer as ArrayBuffer]);
} catch (error) {
  parentPort!.postMessage({ type: 'failed', error: toErrorPayload(error) });
} finally {
  store.close();
}
