import { randomUUID } from 'node:crypto';
import { Worker } from 'node:worker_threads';
import { CasePackError } from '../errors.js';
import type { ApiErrorPayload } from './api-error.js';
import type { ImportJobRequest, ImportWorkerMessage } from './import-worker.js';
import { workerFileBeside } from '../util/worker-file.js';

/** No import job with that id (it finished and was collected, or never existed). */
export class ImportJobError extends CasePackError {
  override name = 'ImportJobError';
  readonly code = 'import-job-gone';
}

export type ImportJobState =
  | { state: 'running'; fraction: number }
  | { state: 'done'; rows: number; created: number; existing: number }
  | { state: 'failed'; error: ApiErrorPayload }
  | { state: 'cancelled' };

interface Job {
  stop: Int32Array;
  status: ImportJobState;
  finished: Promise<void>;
}

const jobs = new Map<string, Job>();
const KEEP_MS = 10 * 60_000;

/** Starts importing an uploaded table in a worker thread; answers the job's id at once. */
export function startImportJob(request: Omit<ImportJobRequest, 'stop'>): string {
  const id = randomUUID();
  const stop = new SharedArrayBuffer(4);
  const worker = new Worker(workerFileBeside(import.meta.url, 'import-worker.js'));
  const job: Job = { stop: new Int32Array(stop), status: { state: 'running', fraction: 0 }, finished: Promise.resolve() };
  jobs.set(id, job);
  job.finished = new Promise((resolve) => {
    const finish = (status: ImportJobState) => {
      if (job.status.state === 'running') job.status = status;
      setTimeout(() => jobs.delete(id), KEEP_MS).unref();
      void worker.terminate();
      resolve();
    };
    worker.on('message', (message: ImportWorkerMessage) => {
      if (message.type === 'progress') {
        if (job.status.state === 'running') job.status = { state: 'running', fraction: message.fraction };
      } else if (message.type === 'failed') finish({ state: 'failed', error: message.error });
      else if (message.type === 'cancelled') finish({ state: 'cancelled' });
      else finish({ state: 'done', rows: message.rows, created: message.created, existing: message.existing });
    });
    worker.on('error', (error) => finish({ state: 'failed', error: { name: 'InternalError', message: error.message } }));
    worker.on('exit', (code) =>
      finish({ state: 'failed', error: { name: 'InternalError', message: `the import worker stopped (exit ${code})` } }),
    );
  });
  worker.postMessage({ ...request, stop } satisfies ImportJobRequest);
  return id;
}

function find(id: string): Job {
  const job = jobs.get(id);
  if (!job) throw new ImportJobError(`job: no import job ${id} (it finished and was collected, or was never started)`);
  return job;
}

export function importJobStatus(id: string): ImportJobState {
  return find(id).status;
}

/**
 * Asks a running import to stop and waits until it has: the worker sees the request between two rows and
 * rolls its transaction back, so nothing of the batch is written. A job that finished first stays finished.
 */
export async function cancelImportJob(id: string): Promise<ImportJobState> {
  const job = find(id);
  Atomics.store(job.stop, 0, 1);
  await job.finished;
  return job.status;
}

/** Waits for a job to end (tests and the bench). */
export async function importJobFinished(id: string): Promise<ImportJobState> {
  const job = find(id);
  await job.finished;
  return job.status;
}
