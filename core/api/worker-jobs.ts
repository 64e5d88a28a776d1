import { randomUUID } from 'node:crypto';
import { mkdirSync, rmSync } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { TRANSFER_CHUNK } from '../backup/backup-transfers.js';
import { CasePackError } from '../errors.js';
import { makeTempFolderSync } from '../util/own-temp.js';
import type { ApiErrorPayload } from './api-error.js';
import { workerFileBeside } from '../util/worker-file.js';

/** A kind of batch that runs on a worker thread: its worker module beside this one, and the code of a job gone. */
export interface WorkerJobKind {
  /** `letters-worker`: the module `core/api/letters-worker.ts`. */
  worker: string;
  /** What a user calls one batch in an error, and the temp folder's kind: `letters`, `complaints`. */
  noun: 'letters' | 'complaints';
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
  | { state: 'done'; result: R; size: number }
  | { state: 'failed'; error: ApiErrorPayload }
  | { state: 'cancelled' };

/**
 * What a worker is given besides its request: `outDir`, a fresh folder for its work, removed when the job
 * ends; and `zipFile`, where it writes the one file the job hands over (through a temporary part renamed at
 * the end), kept until it is read out and discarded.
 */
export interface JobFolders {
  outDir: string;
  zipFile: string;
}

interface Job {
  kind: WorkerJobKind;
  worker: Worker;
  /** The job's own folder in the temp directory: `outDir` and the zip inside, all removed with it. */
  folder: string;
  zipFile: string;
  startedAt: number;
  status: JobState<unknown>;
}

const jobs = new Map<string, Job>();
/** A finished job's file waits this long to be read out; then it is removed with the job. */
const KEEP_MS = 10 * 60_000;

/**
 * Starts a batch on a worker thread of its own (with its own database connection, so the API keeps answering)
 * and returns the job's id at once. The worker gets `{ dbFile, request }`, the request with its JobFolders in
 * a folder of the job's own in the temp directory (named with this process's id, so that one left by a crash is
 * swept at the next start). The finished zip is read out from disk in chunks, never held in memory whole.
 */
export function startWorkerJob(kind: WorkerJobKind, dbFile: string, request: object, total: number): string {
  const id = randomUUID();
  const folder = makeTempFolderSync(kind.noun);
  const folders: JobFolders = { outDir: join(folder, 'work'), zipFile: join(folder, `${kind.noun}.zip`) };
  mkdirSync(folders.outDir);
  const worker = new Worker(workerFileBeside(import.meta.url, `${kind.worker}.js`));
  const job: Job = {
    kind,
    worker,
    folder,
    zipFile: folders.zipFile,
    startedAt: Date.now(),
    status: { state: 'running', done: 0, total },
  };
  jobs.set(id, job);
  const finish = (status: JobState<unknown>) => {
    worker.removeAllListeners();
    void worker.terminate();
    rmSync(status.state === 'done' ? folders.outDir : folder, { recursive: true, force: true });
    if (job.status.state !== 'running') return;
    job.status = status;
    setTimeout(forgetJob, KEEP_MS, id).unref();
  };
  worker.on('message', (message: WorkerMessage<unknown>) => {
    if (message.type === 'progress') {
      if (job.status.state === 'running') job.status = { state: 'running', done: message.done, total: message.total };
    } else if (message.type === 'done') {
      stat(folders.zipFile).then(
        ({ size }) => finish({ state: 'done', result: message.result, size }),
        (error: Error) => finish({ state: 'failed', error: { name: 'InternalError', message: error.message } }),
      );
    } else finish({ state: 'failed', error: message.error });
  });
  worker.on('error', (error) => finish({ state: 'failed', error: { name: 'InternalError', message: error.message } }));
  worker.on('exit', (code) =>
    finish({ state: 'failed', error: { name: 'InternalError', message: `the ${kind.noun} worker stopped (exit ${code})` } }),
  );
  worker.postMessage({ dbFile, request: { ...request, ...folders } });
  return id;
}

/** Outside startWorkerJob so that the timer does not keep that call's scope alive. Removes the job's folder. */
function forgetJob(id: string): void {
  const job = jobs.get(id);
  jobs.delete(id);
  if (job) rmSync(job.folder, { recursive: true, force: true });
}

function find(kind: WorkerJobKind, id: string): Job {
  const job = jobs.get(id);
  if (!job || job.kind.worker !== kind.worker)
    throw new JobGoneError(kind.goneCode, `job: no ${kind.noun} job ${id} (it finished and was collected, or was never started)`);
  return job;
}

/**
 * Where a job stands. A failed or cancelled job is then forgotten; a finished one is kept until its zip has
 * been read out (`readWorkerJobFile`) and discarded (`discardWorkerJob`), or for KEEP_MS.
 */
export function workerJobStatus<R>(kind: WorkerJobKind, id: string): JobState<R> & { elapsedMs: number } {
  const job = find(kind, id);
  if (job.status.state !== 'running' && job.status.state !== 'done') jobs.delete(id);
  return { ...(job.status as JobState<R>), elapsedMs: Date.now() - job.startedAt };
}

/** Up to TRANSFER_CHUNK bytes of a finished job's zip from `offset`; none past its end. */
export async function readWorkerJobFile(kind: WorkerJobKind, id: string, offset: number): Promise<Uint8Array> {
  const job = find(kind, id);
  if (job.status.state !== 'done')
    throw new JobGoneError(kind.goneCode, `job: the ${kind.noun} job ${id} has no file to read (${job.status.state})`);
  const length = Math.max(0, Math.min(TRANSFER_CHUNK, job.status.size - offset));
  const handle = await open(job.zipFile, 'r');
  try {
    const chunk = Buffer.alloc(length);
    const { bytesRead } = await handle.read(chunk, 0, length, offset);
    return chunk.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** Where a finished job's zip is, for a caller in this process (the CLI) to read it; discard the job after. */
export function workerJobFile(kind: WorkerJobKind, id: string): string {
  const job = find(kind, id);
  if (job.status.state !== 'done')
    throw new JobGoneError(kind.goneCode, `job: the ${kind.noun} job ${id} has no file to read (${job.status.state})`);
  return job.zipFile;
}

/** Forgets a finished job once its zip has been read out, removing the file. */
export function discardWorkerJob(kind: WorkerJobKind, id: string): Record<string, never> {
  find(kind, id);
  forgetJob(id);
  return {};
}

/** Stops a running job: its worker thread is terminated and its folder, with anything half-written, removed. */
export async function cancelWorkerJob(kind: WorkerJobKind, id: string): Promise<{ state: JobState<unknown>['state'] }> {
  const job = find(kind, id);
  if (job.status.state === 'running') {
    job.status = { state: 'cancelled' };
    job.worker.removeAllListeners();
    await job.worker.terminate();
  }
  forgetJob(id);
  return { state: job.status.state };
}
