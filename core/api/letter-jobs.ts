import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { BatchLettersReport } from '../batch-letters/generate-batch-letters.js';
import { CasePackError } from '../errors.js';
import type { LetterSettings } from '../letters/settings.js';
import { PROJECT_ROOT } from '../project-root.js';
import type { ApiErrorPayload } from './api-error.js';

/** No letters job with that id (it finished and was collected, or never existed). */
export class LettersJobError extends CasePackError {
  override name = 'LettersJobError';
  readonly code = 'letters-job-gone';
}

export interface LettersJobRequest {
  caseIds: number[];
  step: string;
  asOf: string;
  settings: LetterSettings;
  templatesDir?: string;
  firstNumber: number;
  agreedAddress: boolean;
  /** A fresh folder in the temp directory, removed when the job ends. */
  outDir: string;
}

export type LettersWorkerMessage =
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; report: BatchLettersReport; zip: Uint8Array }
  | { type: 'failed'; error: ApiErrorPayload };

type JobState =
  | { state: 'running'; done: number; total: number }
  | { state: 'done'; report: BatchLettersReport; zip: Uint8Array }
  | { state: 'failed'; error: ApiErrorPayload }
  | { state: 'cancelled' };

interface Job {
  worker: Worker;
  outDir: string;
  startedAt: number;
  status: JobState;
}

const jobs = new Map<string, Job>();
/** A finished job's file waits this long to be collected. */
const KEEP_MS = 10 * 60_000;

function workerFile(): string {
  const here = fileURLToPath(new URL('./letters-worker.js', import.meta.url));
  return existsSync(here) ? here : join(PROJECT_ROOT, 'dist', 'core', 'api', 'letters-worker.js');
}

/** Starts a batch of letters on a worker thread and returns the job's id at once. */
export function startLettersJob(dbFile: string, request: Omit<LettersJobRequest, 'outDir'>): string {
  const id = randomUUID();
  const outDir = mkdtempSync(join(tmpdir(), 'casepack-letters-'));
  const worker = new Worker(workerFile());
  const job: Job = {
    worker,
    outDir,
    startedAt: Date.now(),
    status: { state: 'running', done: 0, total: request.caseIds.length },
  };
  jobs.set(id, job);
  const finish = (status: JobState) => {
    worker.removeAllListeners();
    void worker.terminate();
    rmSync(outDir, { recursive: true, force: true });
    if (job.status.state !== 'running') return;
    job.status = status;
    setTimeout(forgetJob, KEEP_MS, id).unref();
  };
  worker.on('message', (message: LettersWorkerMessage) => {
    if (message.type === 'progress') {
      if (job.status.state === 'running') job.status = { state: 'running', done: message.done, total: message.total };
    } else if (message.type === 'done') finish({ state: 'done', report: message.report, zip: message.zip });
    else finish({ state: 'failed', error: message.error });
  });
  worker.on('error', (error) => finish({ state: 'failed', error: { name: 'InternalError', message: error.message } }));
  worker.on('exit', (code) =>
    finish({ state: 'failed', error: { name: 'InternalError', message: `the letters worker stopped (exit ${code})` } }),
  );
  worker.postMessage({ dbFile, request: { ...request, outDir } });
  return id;
}

/** Outside startLettersJob so that the timer does not keep that call's scope (and the finished file) alive. */
function forgetJob(id: string): void {
  jobs.delete(id);
}

function find(id: string): Job {
  const job = jobs.get(id);
  if (!job) throw new LettersJobError(`job: no letters job ${id} (it finished and was collected, or was never started)`);
  return job;
}

/** Where a job stands; a finished job's file is handed over once and the job forgotten. */
export function lettersJobStatus(id: string): JobState & { elapsedMs: number } {
  const job = find(id);
  if (job.status.state !== 'running') jobs.delete(id);
  return { ...job.status, elapsedMs: Date.now() - job.startedAt };
}

/** Stops a running job: its worker thread is terminated (the cases are changed only at its very end) and its folder removed. */
export async function cancelLettersJob(id: string): Promise<{ state: JobState['state'] }> {
  const job = find(id);
  if (job.status.state === 'running') {
    job.status = { state: 'cancelled' };
    job.worker.removeAllListeners();
    await job.worker.terminate();
    rmSync(job.outDir, { recursive: true, force: true });
  }
  jobs.delete(id);
  return { state: job.status.state };
}
