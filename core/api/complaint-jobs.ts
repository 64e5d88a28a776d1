import type { ApiErrorPayload } from './api-error.js';
import type { BatchComplaintsReport } from '../filings/batch-complaints.js';
import type { LetterSettings } from '../letters/settings.js';
import { cancelWorkerJob, startWorkerJob, workerJobStatus, type WorkerJobKind, type WorkerMessage } from './worker-jobs.js';

export interface ComplaintsJobRequest {
  caseIds: number[];
  asOf: string;
  settings: LetterSettings;
  templatesDir?: string;
  /** A fresh folder in the temp directory, removed when the job ends. */
  outDir: string;
}

/** The report as it crosses from the worker: each failure as plain error data. */
export interface ComplaintsResult {
  report: Omit<BatchComplaintsReport, 'failed'> & { failed: { caseId: number; title: string; error: ApiErrorPayload }[] };
  zip: Uint8Array;
}

export type ComplaintsWorkerMessage = WorkerMessage<ComplaintsResult>;

const COMPLAINTS: WorkerJobKind = { worker: 'complaints-worker', noun: 'complaints', goneCode: 'complaints-job-gone' };

/** Starts a batch of complaints with their evidence bundles and the fee list on a worker thread. */
export const startComplaintsJob = (dbFile: string, request: Omit<ComplaintsJobRequest, 'outDir'>): string =>
  startWorkerJob(COMPLAINTS, dbFile, request, request.caseIds.length);

export const complaintsJobStatus = (id: string) => workerJobStatus<ComplaintsResult>(COMPLAINTS, id);

export const cancelComplaintsJob = (id: string) => cancelWorkerJob(COMPLAINTS, id);
