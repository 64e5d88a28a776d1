import { parentPort } from 'node:worker_threads';
import { summarise, unavailable, type CaseSummary, type SummaryInput } from './case-summary.js';

type Job = { id: number; key: string; input: SummaryInput };

/** Results go back in batches: one message per case cost the main thread more than the cases themselves. */
const BATCH_MS = 50;

/**
 * Calculates rows of the cases table in a worker thread, so that a case with tens of thousands of claims
 * never holds the API (see case-summaries.ts). Each message is a list of jobs; their summaries come back
 * in order, a batch at a time.
 */
parentPort!.on('message', (jobs: Job[]) => {
  let batch: { id: number; key: string; summary: CaseSummary }[] = [];
  let since = performance.now();
  for (const job of jobs) {
    let summary: CaseSummary;
    try {
      summary = summarise(job.input);
    } catch (error) {
      summary = unavailable(job.input.row, `case ${job.id} could not be calculated (${(error as Error).message})`);
    }
    batch.push({ id: job.id, key: job.key, summary });
    if (performance.now() - since >= BATCH_MS) {
      parentPort!.postMessage(batch);
      batch = [];
      since = performance.now();
    }
  }
  if (batch.length > 0) parentPort!.postMessage(batch);
});
