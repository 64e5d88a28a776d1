import BetterSqlite3 from 'better-sqlite3';
import { parentPort } from 'node:worker_threads';
import { installStoredRates } from '../rates/rate-store.js';
import type { CaseLadderRow } from '../ladder/case-ladder-rows.js';
import type { CaseListRow } from '../store/read-cases.js';
import { summarise, unavailable, type CaseSummary } from './case-summary.js';

/** A case to calculate: its list row, stored ladder and as-of date (the worker reads its document). */
export interface SummaryJob {
  id: number;
  key: string;
  row: CaseListRow;
  stored: CaseLadderRow | undefined;
  asOf: string;
}

/** Jobs, and the database file their documents are read from. */
export interface SummaryJobs {
  file: string;
  jobs: SummaryJob[];
}

/** Results go back in batches: one message per case cost the main thread more than the cases themselves. */
const BATCH_MS = 50;

/**
 * Calculates rows of the cases table in a worker thread, so that a case with tens of thousands of claims
 * never holds the API (see case-summaries.ts). Each message is a list of jobs (as JSON); the worker reads their
 * documents through its own read-only connection, open for that message only, and the summaries come back in
 * order, a batch at a time.
 */
parentPort!.on('message', (text: string) => {
  const { file, jobs } = JSON.parse(text) as SummaryJobs;
  const db = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
  try {
    installStoredRates(db); // the LPR and Bank Rate values the user added, as the main thread uses them
    const read = db.prepare('SELECT document FROM cases WHERE id = ?').pluck();
    let batch: { id: number; key: string; summary: CaseSummary }[] = [];
    let since = performance.now();
    for (const job of jobs) {
      batch.push({ id: job.id, key: job.key, summary: summary(job, read.get(job.id) as string | undefined) });
      if (performance.now() - since >= BATCH_MS) {
        parentPort!.postMessage(batch);
        batch = [];
        since = performance.now();
      }
    }
    if (batch.length > 0) parentPort!.postMessage(batch);
  } finally {
    db.close();
  }
});

function summary(job: SummaryJob, document: string | undefined): CaseSummary {
  if (document === undefined) return unavailable(job.row, `case ${job.id} is no longer in the database`);
  try {
    return summarise({ row: job.row, document, stored: job.stored, asOf: job.asOf });
  } catch (error) {
    return unavailable(job.row, `case ${job.id} could not be calculated (${(error as Error).message})`);
  }
}
