import type { ApiErrorPayload } from './api-error.js';
import type { BatchComplaintsReport } from '../filings/batch-complaints.js';
import type { LetterSettings } from '../letters/settings.js';
import {
  cancelWorkerJob,
  discardWorkerJob,
  readWorkerJobFile,
  startWorkerJob,
  workerJobFile,
  workerJobStatus,
  type JobFolders,
  type WorkerJobKind,
  type WorkerMessage,
} from './worker-jobs.js';

export interface ComplaintsJobRequest extends JobFolders {
  caseIds: number[];
  asOf: string;
  settings: LetterSettings;
  templatesDir?: string;
}

/** The report as it crosses from the worker (each failure as plain error data); the zip stays on disk. */
export interface ComplaintsResult {
  report: Omit<BatchComplaintsReport, 'failed'> & { failed: { caseId: number; title: string; error: ApiErrorPayload }[] };
}

export type ComplaintsWorkerMessage = WorkerMessage<ComplaintsResult>;

const COMPLAINTS: WorkerJobKind = { worker: 'complaints-worker', noun: 'complaints', goneCode: 'complaints-job-gone' };

/** Starts a batch of complaints with their evidence bundles and the fee list on a worker thread. */
export const startComplaintsJob = (dbFile: string, request: Omit<ComplaintsJobRequest, keyof JobFolders>): string =>
  startWorkerJob(COMPLAINTS, dbFile, request, request.caseIds.length);

export const complaintsJobStatus = (id: string) => workerJobStatus<ComplaintsResult>(COMPLAINTS, id);

export const cancelComplaintsJob = (id: string) => cancelWorkerJob(COMPLAINTS, id);

/** A chunk of a finished job's zip from `offset`. */
export const readComplaintsZip = (id: string, offset: number) => readWorkerJobFile(COMPLAINTS, id, offset);

/** Forgets a finished job and removes its zip. */
export const discardComplaintsJob = (id: string) => discardWorkerJob(COMPLAINTS, id);

/** Where a finished job's zip is, for the CLI to unpack; discard the job after. */
export const complaintsZipFile = (id: string) => workerJobFile(COMPLAINTS, id);
