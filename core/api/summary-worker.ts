import { parentPort } from 'node:worker_threads';
import { summarise, unavailable, type SummaryInput } from './case-summary.js';

/**
 * Calculates rows of the cases table in a worker thread, so that a case with tens of thousands of claims
 * never holds the API (see case-summaries.ts). Answers each input with its summary, in order.
 */
parentPort!.on('message', (job: { id: number; key: string; input: SummaryInput }) => {
  let summary;
  try {
    summary = summarise(job.input);
  } catch (error) {
    summary = unavailable(job.input.row, `case ${job.id} could not be calculated (${(error as Error).message})`);
  }
  parentPort!.postMessage({ id: job.id, key: job.key, summary });
});
