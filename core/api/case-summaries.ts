import type { Database } from 'better-sqlite3';
import { Worker } from 'node:worker_threads';
import { readLadderRows } from '../ladder/case-ladder-rows.js';
import type { LadderConfig } from '../ladder/ladder-config.js';
import { userRatesVersion } from '../calc/rate-sources.js';
import type { Store } from '../store/open.js';
import { listCases } from '../store/read-cases.js';
import type { CaseShelf } from '../store/shelve-case.js';
import { summarise, unavailable, type CaseSummary } from './case-summary.js';
import type { SummaryBatch, SummaryJobs } from './summary-worker.js';
import { workerFileBeside } from '../util/worker-file.js';

export type { CaseSummary } from './case-summary.js';

/** Time one `cases/list` call may spend calculating cases itself; the rest go to the worker. */
const INLINE_BUDGET_MS = 80;
/**
 * More cases than this to calculate (the first call after the app opens a large database) all go to the
 * worker at once: the time budget would calculate a few dozen of 10,000, and the call would answer later.
 */
const INLINE_MAX_CASES = 100;
/** A case stored as more JSON than this (thousands of claims) is always calculated in the worker. */
const INLINE_MAX_DOCUMENT = 128 * 1024;

/** As-of dates whose summaries are kept: today's for the cases table, and the few the desk looked at last. */
const KEPT_DATES = 3;

type Cached = { key: string; summary: CaseSummary };

/**
 * Summaries already computed, per database and as-of date: a case's summary depends only on its document
 * (updated_at changes with it), its stored ladder, the date and the rates a user added, so a case is recalculated only when one of
 * them changes.
 */
const cache = new WeakMap<Database, Map<string, Map<number, Cached>>>();

export interface SummaryOptions {
  /** Calculate every case before answering (the CLI), rather than leaving slow ones `pending`. */
  wait?: boolean;
  /** Ladders other than the defaults (`casepack due --ladders`): every case is calculated afresh, not cached. */
  ladders?: LadderConfig;
}

/**
 * The rows of the cases table. Cases calculated before come from the cache; new or changed ones are
 * calculated here while the call stays within a few tens of milliseconds, and otherwise in a worker
 * thread: their rows come back `pending`, and the next call has their figures. One case with 40,000 claims
 * once held the API for 8 s.
 */
export function caseSummaries(
  store: Store,
  asOf: string,
  shelf: CaseShelf = 'active',
  options: SummaryOptions = {},
): CaseSummary[] {
  const ladders = readLadderRows(store.db);
  if (options.ladders) {
    const config = options.ladders;
    const read = store.db.prepare('SELECT document FROM cases WHERE id = ?').pluck();
    return listCases(store, shelf).map((row) =>
      summarise({ row, document: read.get(row.id) as string, stored: ladders.get(row.id), asOf, ladders: config }),
    );
  }
  const byDate = cache.get(store.db) ?? new Map<string, Map<number, Cached>>();
  cache.set(store.db, byDate);
  const known = byDate.get(asOf) ?? new Map<number, Cached>();
  const fresh = new Map<number, Cached>();
  byDate.delete(asOf);
  byDate.set(asOf, fresh);
  for (const date of byDate.keys()) if (byDate.size > KEPT_DATES) byDate.delete(date);
  // Documents are read only for cases calculated here: reading all 10,000 took longer than the rest, and
  // copying them to the worker longer still (it reads its cases itself).
  const readDocument = store.db.prepare('SELECT document FROM cases WHERE id = ?').pluck();
  const rows = listCases(store, shelf);
  const rates = userRatesVersion(); // a rate added in Settings changes every figure that used it
  const keys = rows.map((row) => {
    const stored = ladders.get(row.id);
    return `${asOf}|${rates}|${row.updatedAt}|${row.debtor}|${stored ? JSON.stringify(stored) : ''}`;
  });
  const inline = options.wait || rows.filter((row, i) => known.get(row.id)?.key !== keys[i]).length <= INLINE_MAX_CASES;
  const started = performance.now();
  const later: { id: number; key: string }[] = [];
  const summaries = rows.map((row, i) => {
    const stored = ladders.get(row.id);
    const key = keys[i]!;
    const hit = known.get(row.id);
    if (hit?.key === key) {
      fresh.set(row.id, hit);
      return hit.summary;
    }
    if (!options.wait && waiting.has(waitingKey(store.db.name, row.id, asOf))) return unavailable(row, null);
    if (inline && (options.wait || performance.now() - started < INLINE_BUDGET_MS)) {
      const document = readDocument.get(row.id) as string;
      if (options.wait || document.length <= INLINE_MAX_DOCUMENT) {
        const summary = summarise({ row, document, stored, asOf });
        fresh.set(row.id, { key, summary });
        return summary;
      }
    }
    later.push({ id: row.id, key });
    return unavailable(row, null);
  });
  calculateLater(store.db, asOf, later);
  return summaries;
}

let worker: Worker | undefined;
/** Cases sent to the worker and not back yet, by file, id and date: the key each was sent under, and its store. */
const waiting = new Map<string, { db: Database; key: string }>();
const waitingKey = (file: string, id: number, asOf: string) => `${file}|${id}|${asOf}`;

/**
 * Sends cases to the worker, each once; a summary lands in the cache, under the key the case had when it was
 * sent, if its case has not been calculated since (a case changed meanwhile has another key at the next call,
 * and is calculated again). Only the ids cross: the worker reads the cases from the database file itself.
 */
function calculateLater(db: Database, asOf: string, jobs: { id: number; key: string }[]): void {
  if (jobs.length === 0) return;
  for (const job of jobs) waiting.set(waitingKey(db.name, job.id, asOf), { db, key: job.key });
  summaryWorker().postMessage({ file: db.name, asOf, ids: jobs.map((job) => job.id) } satisfies SummaryJobs);
}

function summaryWorker(): Worker {
  if (worker) {
    worker.ref();
    return worker;
  }
  const started = new Worker(workerFileBeside(import.meta.url, 'summary-worker.js'));
  started.on('message', ({ file, asOf, summaries }: SummaryBatch) => {
    for (const { id, summary } of summaries) {
      const from = waiting.get(waitingKey(file, id, asOf));
      waiting.delete(waitingKey(file, id, asOf));
      const current = from && cache.get(from.db)?.get(asOf);
      if (current && !current.has(id)) current.set(id, { key: from.key, summary });
    }
    if (waiting.size === 0) started.unref(); // an idle worker never keeps the process alive
  });
  // A worker that dies (out of memory on one case) is replaced at the next call; its cases are tried again.
  const forget = () => {
    if (worker === started) worker = undefined;
    waiting.clear();
  };
  started.on('error', forget);
  started.on('exit', forget);
  worker = started;
  return started;
}
