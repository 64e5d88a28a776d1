import { writeLadderRow } from '../ladder/case-ladder-rows.js';
import { inferLadder } from '../ladder/infer-ladder.js';
import { DEFAULT_LADDERS, ladderSteps, type LadderConfig } from '../ladder/ladder-config.js';
import { ladderState } from '../ladder/ladder-state.js';
import { writeCaseRows } from '../store/case-rows.js';
import type { Store } from '../store/open.js';
import { existingCaseFinder } from './find-existing.js';
import { BatchStopped, type BatchPlan } from './plan-batch.js';
import type { ProgressListener } from './progress.js';

export interface ImportedRow {
  row: number;
  caseId: number;
  key: string;
}

export interface WriteOptions {
  /** The ladder every case goes on (`card-debt` …); default: inferred per case (docs/ladder.md). */
  ladder?: string;
  ladders?: LadderConfig;
  onProgress?: ProgressListener;
  /** Asked between rows; true rolls the whole transaction back (BatchStopped). */
  shouldStop?: () => boolean;
}

/**
 * Writes the good rows of a plan in one transaction: a row whose key is already in the database is left
 * alone (so importing the same file twice creates no duplicates), every other row becomes a case on its ladder.
 */
export function writeBatch(
  store: Store,
  plan: Pick<BatchPlan, 'good'>,
  options: WriteOptions = {},
): { created: ImportedRow[]; existing: ImportedRow[] } {
  const ladders = options.ladders ?? DEFAULT_LADDERS;
  if (options.ladder !== undefined) ladderSteps(ladders, options.ladder);
  const findExisting = existingCaseFinder(store.db);
  const created: ImportedRow[] = [];
  const existing: ImportedRow[] = [];
  store.db
    .transaction(() => {
      plan.good.forEach((g, i) => {
        if (options.shouldStop?.()) throw new BatchStopped();
        const found = findExisting(g.key);
        if (found !== undefined) existing.push({ row: g.row, caseId: found, key: g.key });
        else {
          const caseId = writeCaseRows(store.db, g.data, g.raw, [], { origin: { change: 'imported' } });
          const ladder = options.ladder ?? inferLadder(g.data);
          writeLadderRow(store.db, caseId, ladder, ladderState(g.data, ladderSteps(ladders, ladder)));
          created.push({ row: g.row, caseId, key: g.key });
        }
        options.onProgress?.({ phase: 'write', done: i + 1, total: plan.good.length, label: g.data.title });
      });
    })
    .immediate();
  return { created, existing };
}
