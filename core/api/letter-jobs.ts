import type { BatchLettersReport } from '../batch-letters/generate-batch-letters.js';
import type { LetterSettings } from '../letters/settings.js';
import {
  cancelWorkerJob,
  startWorkerJob,
  workerJobStatus,
  type JobState,
  type WorkerJobKind,
  type WorkerMessage,
} from './worker-jobs.js';

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

export interface LettersResult {
  report: BatchLettersReport;
  zip: Uint8Array;
}

export type LettersWorkerMessage = WorkerMessage<LettersResult>;

const LETTERS: WorkerJobKind = { worker: 'letters-worker', noun: 'letters', goneCode: 'letters-job-gone' };

/** Starts a batch of letters on a worker thread and returns the job's id at once. */
export function startLettersJob(dbFile: string, request: Omit<LettersJobRequest, 'outDir'>): string {
  return startWorkerJob(LETTERS, dbFile, request, request.caseIds.length);
}

type LettersState = Exclude<JobState<LettersResult>, { state: 'done' }> | ({ state: 'done' } & LettersResult);

/** Where a job stands; a finished job's file is handed over once and the job forgotten. */
export function lettersJobStatus(id: string): LettersState & { elapsedMs: number } {
  const status = workerJobStatus<LettersResult>(LETTERS, id);
  if (status.state !== 'done') return status;
  return { state: 'done', ...status.result, elapsedMs: status.elapsedMs };
}

/** Stops a running job: its worker thread is terminated (the cases are changed only at its very end) and its folder removed. */
export const cancelLettersJob = (id: string) => cancelWorkerJob(LETTERS, id);
