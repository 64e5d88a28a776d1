import { parentPort } from 'node:worker_threads';
import type { BatchDefaults } from '../batch-import/defaults.js';
import type { RowField } from '../batch-import/columns.js';
import { BatchImportError } from '../batch-import/errors.js';
import { BatchStopped, planBatch } from '../batch-import/plan-batch.js';
import { throttled, type BatchProgress } from '../batch-import/progress.js';
import { readTableBytes } from '../batch-import/read-table.js';
import { writeBatch } from '../batch-import/write-batch.js';
import { openStore } from '../store/open.js';
import { toErrorPayload } from './api-error.js';

export interface ImportJobRequest {
  dbFile: string;
  name: string;
  bytes: Uint8Array;
  mapping: Partial<Record<RowField, string>>;
  defaults: BatchDefaults;
  /** Int32Array over it: set to 1 by `import/cancel`, read between rows. */
  stop: SharedArrayBuffer;
}

export type ImportWorkerMessage =
  | { type: 'progress'; fraction: number }
  | { type: 'done'; rows: number; created: number; existing: number }
  | { type: 'cancelled' }
  | { type: 'failed'; error: ReturnType<typeof toErrorPayload> };

/** Checking a row costs about as much as writing its case and revision: each phase is half the bar. */
function fraction(event: BatchProgress): number {
  const share = event.total === 0 ? 1 : event.done / event.total;
  return event.phase === 'check' ? share / 2 : 0.5 + share / 2;
}

/**
 * Imports one uploaded table in a worker thread over its own connection, so that the app keeps answering and
 * reads the progress meanwhile. A cancel is seen between rows: the transaction rolls back, nothing is written.
 */
parentPort!.on('message', async (request: ImportJobRequest) => {
  const post = (message: ImportWorkerMessage) => parentPort!.postMessage(message);
  const stop = new Int32Array(request.stop);
  const shouldStop = () => Atomics.load(stop, 0) === 1;
  const onProgress = throttled((event) => post({ type: 'progress', fraction: fraction(event) }), 50);
  const store = openStore(request.dbFile);
  try {
    const table = await readTableBytes(request.name, request.bytes);
    const plan = planBatch(request.name, table, {
      defaults: request.defaults,
      columnMap: request.mapping,
      synonyms: false,
      onProgress,
      shouldStop,
    });
    if (plan.bad.length > 0) throw new BatchImportError(request.name, plan.bad);
    const { created, existing } = writeBatch(store, plan, { onProgress, shouldStop });
    post({ type: 'done', rows: plan.rows, created: created.length, existing: existing.length });
  } catch (error) {
    post(error instanceof BatchStopped ? { type: 'cancelled' } : { type: 'failed', error: toErrorPayload(error) });
  } finally {
    store.close();
  }
});
