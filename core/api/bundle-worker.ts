import { parentPort } from 'node:worker_threads';
import type { BundleProgress } from '../bundles/bundle-progress.js';
import { openStore } from '../store/open.js';
import { toErrorPayload } from './api-error.js';
import { buildBundle, type BundleRequest } from './bundle-request.js';

/**
 * Builds bundles in a worker thread, one job at a time, each over its own connection to the database, so
 * that the main process keeps answering while one runs and a job can be cancelled by terminating this
 * thread. Between jobs the thread may wait as a spare (see bundle-workers.ts). Progress is posted as it
 * comes; `hold` is the tests' pause (see holdBundleJobsAt).
 */
parentPort!.on('message', async ({ dbFile, request, hold }: { dbFile: string; request: BundleRequest; hold: Int32Array }) => {
  const store = openStore(dbFile);
  const onProgress = (progress: BundleProgress) => {
    parentPort!.postMessage({ type: 'progress', progress });
    // Blocks only while a test holds jobs at this point; a bounded wait, so terminate() still ends the thread.
    for (let at = Atomics.load(hold, 0); at >= 0 && progress.done >= at; at = Atomics.load(hold, 0))
      Atomics.wait(hold, 0, at, 100);
  };
  try {
    const built = await buildBundle(store, request, onProgress);
    parentPort!.postMessage({ type: 'done', file: built }, [built.bytes.buffer as ArrayBuffer]);
  } catch (error) {
    parentPort!.postMessage({ type: 'failed', error: toErrorPayload(error) });
  } finally {
    store.close();
  }
});
