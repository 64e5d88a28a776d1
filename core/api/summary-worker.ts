import BetterSqlite3 from 'better-sqlite3';
import { parentPort } from 'node:worker_threads';
import { installStoredRates } from '../rates/rate-store.js';
import { readLadderRows } from '../ladder/case-ladder-rows.js';
import type { CaseLadderRow } from '../ladder/case-ladder-rows.js';
import { caseRowReader, type CaseListRow } from '../store/read-cases.js';
import { summarise, unavailable, type CaseSummary } from './case-summary.js';

/**
 * Cases to calculate on one as-of date, and the database file to read them from. Only their ids cross to the
 * worker: it reads each case's list row, stored ladder and document itself. Sending the rows too (10,000 of
 * them, as JSON) held the main thread for longer than the rest of a desk's first call.
 */
export interface SummaryJobs {
  file: string;
  asOf: string;
  ids: number[];
}

/** Summaries as they come back, a batch at a time, with the file and date they were asked for. */
export interface SummaryBatch {
  file: string;
  asOf: string;
  summaries: { id: number; summary: CaseSummary }[];
}

/** Results go back in batches: one message per case cost the main thread more than the cases themselves. */
const BATCH_MS = 50;

/**
 * Calculates rows of the cases table in a worker thread, so that a case with tens of thousands of claims
 * never holds the API (see case-summaries.ts). The worker reads the cases through its own read-only
 * connection, open for that message only, and the summaries come back in order, a batch at a time.
 */
parentPort!.on('message', ({ file, asOf, ids }: SummaryJobs) => {
  const db = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
  try {
    installStoredRates(db); // the LPR and Bank Rate values the user added, as the main thread uses them
    const ladders = readLadderRows(db);
    const read = caseRowReader(db);
    let batch: SummaryBatch['summaries'] = [];
    let since = performance.now();
    for (const id of ids) {
      batch.push({ id, summary: summary(id, read(id), ladders.get(id), asOf) });
      if (performance.now() - since >= BATCH_MS) {
        parentPort!.postMessage({ file, asOf, summaries: batch } satisfies SummaryBatch);
        batch = [];
        since = performance.now();
      }
    }
    if (batch.length > 0) parentPort!.postMessage({ file, asOf, summaries: batch } satisfies SummaryBatch);
  } finally {
    db.close();
  }
});

function summary(
  id: number,
  found: (CaseListRow & { document: string }) | undefined,
  stored: CaseLadderRow | undefined,
  asOf: string,
): CaseSummary {
  // A case deleted meanwhile: the answer only clears its place in the queue; no list shows it again.
  if (!found)
    return unavailable({ id, title: '', locale: '', currency: '', debtor: '', contractNumber: null, updatedAt: '' }, null);
  const { document, ...listRow } = found;
  try {
    return summarise({ row: listRow, document, stored, asOf });
  } catch (error) {
    return unavailable(listRow, `case ${id} could not be calculated (${(error as Error).message})`);
  }
}
