import { randomUUID } from 'node:crypto';
import type { Worker } from 'node:worker_threads';
import { CasePackError } from '../errors.js';
import type { BundleProgress } from '../bundles/bundle-progress.js';
import type { ApiErrorPayload } from './api-error.js';
import type { BuiltFile, BundleRequest } from './bundle-request.js';
import { bundleWorkerHeapMb, returnBundleWorker, takeBundleWorker } from './bundle-workers.js';

/** No bundle job with that id (it finished and was collected, or never existed). */
export class BundleJobError extends CasePackError {
  override name = 'BundleJobError';
  readonly code = 'bundle-job-gone';
}

type JobState =
  | { state: 'running'; progress?: BundleProgress }
  | { state: 'done'; file: BuiltFile }
  | { state: 'failed'; error: ApiErrorPayload }
  | { state: 'cancelled' };

interface Job {
  worker: Worker;
  request: BundleRequest;
  startedAt: number;
  status: JobState;
}

const jobs = new Map<string, Job>();
/** Tests' pause: unless -1, a job's worker stops once its progress reaches this `done`. */
const hold = new Int32Array(new SharedArrayBuffer(4)).fill(-1);
/** A finished job's file waits this long to be collected. */
const KEEP_MS = 10 * 60_000;

/** Starts building a bundle on a worker thread and returns the job's id at once. */
export function startBundleJob(dbFile: string, request: BundleRequest): string {
  const id = randomUUID();
  const worker = takeBundleWorker();
  const job: Job = { worker, request, startedAt: Date.now(), status: { state: 'running' } };
  jobs.set(id, job);
  const finish = (status: JobState) => {
    worker.off('message', onMessage).off('error', onError).off('exit', onExit);
    if (job.status.state !== 'running') return;
    job.status = status;
    setTimeout(forgetJob, KEEP_MS, id).unref();
  };
  const onMessage = (message: WorkerMessage) => {
    if (message.type === 'progress') {
      if (job.status.state === 'running') job.status = { state: 'running', progress: message.progress };
      return;
    }
    finish(message.type === 'done' ? { state: 'done', file: message.file } : { state: 'failed', error: message.error });
    returnBundleWorker(worker);
  };
  const onError = (error: Error) => finish({ state: 'failed', error: workerFailure(error) });
  const onExit = (code: number) =>
    finish({ state: 'failed', error: { name: 'InternalError', message: `the bundle worker stopped (exit ${code})` } });
  worker.on('message', onMessage).on('error', onError).on('exit', onExit);
  worker.postMessage({ dbFile, request, hold });
  return id;
}

type WorkerMessage =
  { type: 'progress'; progress: BundleProgress } | { type: 'done'; file: BuiltFile } | { type: 'failed'; error: ApiErrorPayload };

/**
 * For tests: jobs (running or started later) stop once their progress reaches `done`, until called again
 * with `undefined`, so a test can see a job part-way on a machine of any speed.
 */
export function holdBundleJobsAt(done: number | undefined): void {
  Atomics.store(hold, 0, done ?? -1);
  Atomics.notify(hold, 0);
}

/** The worker thread itself failed: running out of memory is said so, with what to do about it. */
function workerFailure(error: Error): ApiErrorPayload {
  if ((error as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY')
    return {
      name: 'BundleError',
      message: `the bundle needed more than ${bundleWorkerHeapMb()} MB of memory and was stopped; bundle fewer or smaller exhibits`,
    };
  return { name: 'InternalError', message: error.message };
}

/**
 * Outside startBundleJob on purpose: a timer callback made there would keep that call's scope, and with it the
 * finished file, alive until it fires, even after the file was handed over.
 */
function forgetJob(id: string): void {
  jobs.delete(id);
}

function find(id: string): Job {
  const job = jobs.get(id);
  if (!job) throw new BundleJobError(`job: no bundle job ${id} (it finished and was collected, or was never started)`);
  return job;
}

/** Where a job stands; a finished job's file is handed over once (with what was asked) and the job forgotten. */
export function bundleJobStatus(id: string): JobState & { elapsedMs: number; request: BundleRequest } {
  const job = find(id);
  if (job.status.state !== 'running') jobs.delete(id);
  return { ...job.status, elapsedMs: Date.now() - job.startedAt, request: job.request };
}

/** Stops a running job: its worker thread is terminated, so the work really stops. */
export async function cancelBundleJob(id: string): Promise<{ state: JobState['state'] }> {
  const job = find(id);
  if (job.status.state === 'running') {
    job.status = { state: 'cancelled' };
    await job.worker.terminate();
  }
  jobs.delete(id);
  return { state: job.status.state };
}
