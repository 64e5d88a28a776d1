import type { BatchLettersReport } from '../batch-letters/generate-batch-letters.js';
import type { BatchSender } from '../batch-letters/record-letter.js';
import type { LetterSettings } from '../letters/settings.js';
import {
  cancelWorkerJob,
  discardWorkerJob,
  readWorkerJobFile,
  startWorkerJob,
  workerJobStatus,
  type JobFolders,
  type JobState,
  type WorkerJobKind,
  type WorkerMessage,
} from './worker-jobs.js';

export interface LettersJobRequest extends JobFolders {
  caseIds: number[];
  step: string;
  asOf: string;
  settings: LetterSettings;
  templatesDir?: string;
  firstNumber: number;
  agreedAddress: boolean;
  /** The sender numbering the letters with its next 函号s and named on the mailings (its letterhead is already in `settings`). */
  sender?: BatchSender;
}

/** What the worker hands back besides the zip it wrote. */
export interface LettersResult {
  report: BatchLettersReport;
}

export type LettersWorkerMessage = WorkerMessage<LettersResult>;

const LETTERS: WorkerJobKind = { worker: 'letters-worker', noun: 'letters', goneCode: 'letters-job-gone' };

/** Starts a batch of letters on a worker thread and returns the job's id at once. */
export function startLettersJob(dbFile: string, request: Omit<LettersJobRequest, keyof JobFolders>): string {
  return startWorkerJob(LETTERS, dbFile, request, request.caseIds.length);
}

type LettersState = Exclude<JobState<LettersResult>, { state: 'done' }> | ({ state: 'done'; size: number } & LettersResult);

/** Where a job stands; a finished job's zip is then read out with `readLettersZip` and dropped with `discardLettersJob`. */
export function lettersJobStatus(id: string): LettersState & { elapsedMs: number } {
  const status = workerJobStatus<LettersResult>(LETTERS, id);
  if (status.state !== 'done') return status;
  return { state: 'done', ...status.result, size: status.size, elapsedMs: status.elapsedMs };
}

/** A chunk of a finished job's zip from `offset`. */
export const readLettersZip = (id: string, offset: number) => readWorkerJobFile(LETTERS, id, offset);

/** Forgets a finished job and removes its zip. */
export const discardLettersJob = (id: string) => discardWorkerJob(LETTERS, id);

/** Stops a running job: its worker thread is terminated (the cases are changed only at its very end) and its folder removed. */
export const cancelLettersJob = (id: string) => cancelWorkerJob(LETTERS, id);
