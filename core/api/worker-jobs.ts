import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { CasePackError } from '../errors.js';
import { PROJECT_ROOT } from '../project-root.js';
import type { ApiErrorPayload } from './api-error.js';

/** A kind of batch that runs on a worker thread: its worker module beside this one, and the code of a job gone. */
export interface WorkerJobKind {
  /** `letters-worker`: the module `core/api/letters-worker.ts`. */
  worker: string;
  /** What a user calls one batch in an error: `letters`, `complaints`. */
  noun: string;
  /** The code of the error for a job id no longer (or never) known, which the app words: `letters-job-gone`. */
  goneCode: string;
}

/** No job of that kind with that id (it finished and was collected, or never existed). */
export class JobGoneError extends CasePackError {
  override name = 'JobGoneError';
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** What a worker posts back: progress as it goes, then its result or its error. */
export type WorkerMessage<R> =
  { type: 'progress'; done: number; total: number } | { type: 'done'; result: R } | { type: 'failed'; error: ApiErrorPayload };

export type JobState<R> =
  | { state: 'running'; done: number; total: number }
  | { state: 'done'; result: R }
  | { state: 'failed'; error: ApiErrorPayload }
  | { state: 'cancelled' };

interface Job {
  kind: WorkerJobKind;
  worker: Worker;
  outDir: string;
  startedAt: number;
  status: JobState<unknown>;
}

const jobs = new Map<string, Job>();
/** A finished job's result waits this long to be collected. */
const KEEP_MS = 10 * 60_000;

function workerFile(name: string): string {
  const here = fileURLToPath(new URL(`./${name}.js`, import.meta.url));
  return existsSync(here) ? here : join(PROJECT_ROOT, 'dist', 'core', 'api', `${name}.js`);
}

/**
 * Starts a batch on a worker thread of its own (with its own database connection, so the API keeps answering)
 * and returns the job's id at once. The worker gets `{ dbFile, request }`, `request.outDir` a fresh folder in
 * the temp directory that is removed when the job ends.
 */
export function startWorkerJob(kind: WorkerJobKind, dbFile: string, request: object, total: number): string {
  const id = randomUUID();
  const outDir = mkdtempSync(join(tmpdir(), `casepack-${kind.noun}-`));
  const worker = new Worker(workerFile(kind.worker));
  const job: Job = { kind, worker, outDir, startedAt: Date.now(), status: { state: 'running', done: 0, total } };
  jobs.set(id, job);
  const finish = (status: JobState<unknown>) => {
    worker.removeAllListeners();
    void worker.terminate();
    rmSync(outDir, { recursive: true, force: true });
    if (job.status.state !== 'running') return;
    job.status = status;
    setTimeout(forgetJob, KEEP_MS, id).unref();
  };
  worker.on('message', (message: WorkerMessage<unknown>) => {
    if (message.type === 'progress') {
      if (job.status.state === 'running') job.status = { state: 'running', done: message.done, total: message.total };
    } else if (message.type === 'done') finish({ state: 'done', result: message.result });
    else finish({ state: 'failed', error: message.error });
  });
  worker.on('error', (error) => finish({ state: 'failed', error: { name: 'InternalError', message: error.message } }));
  worker.on('exit', (code) =>
    finish({ state: 'failed', error: { name: 'InternalError', message: `the ${kind.noun} worker stopped (exit ${code})` } }),
  );
  worker.postMessage({ dbFile, request: { ...request, outDir } });
  return id;
}

/** Outside startWorkerJob so that the timer does not keep that call's scope (and the finished file) alive. */
function forgetJob(id: string): void {
  jobs.delete(id);
}

function find(kind: WorkerJobKind, id: string): Job {
  const job = jobs.get(id);
  if (!job || job.kind.worker !== kind.worker)
    throw new JobGoneError(kind.goneCode, `job: no ${kind.noun} job ${id} (it finished and was collected, or was never started)`);
  return job;
}

/** Where a job stands; a finished job's result is handed over once and the job forgotten. */
export function workerJobStatus<R>(kind: WorkerJobKind, id: string): JobState<R> & { elapsedMs: number } {
  const job = find(kind, id);
  if (job.status.state !== 'running') jobs.delete(id);
  return { ...(job.status as JobState<R>), elapsedMs: Date.now() - job.startedAt };
}

/** Stops a running job: its worker thread is terminated and its folder removed. */
export async function cancelWorkerJob(kind: WorkerJobKind, id: string): Promise<{ state: JobState<unknown>['state'] }> {
  const job = find(kind, id);
  if (job.status.state === 'running') {
    job.status = { state: 'cancelled' };
    job.worker.removeAllListeners();
    await job.worker.terminate();
    rmSync(job.outDir, { recursive: true, force: true });
  }
  jobs.delete(id);
  return { state: job.status.state };
}
