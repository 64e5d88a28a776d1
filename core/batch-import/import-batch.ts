import { DEFAULT_LADDERS, ladderSteps, type LadderConfig } from '../ladder/ladder-config.js';
import type { Store } from '../store/open.js';
import type { ColumnMap, RowField } from './columns.js';
import type { BatchDefaults } from './defaults.js';
import { BatchImportError, type RowProblem } from './errors.js';
import { planBatch } from './plan-batch.js';
import { throttled, type ProgressListener } from './progress.js';
import { readTable, type Table } from './read-table.js';
import { writeBatch, type ImportedRow } from './write-batch.js';

export type { ImportedRow } from './write-batch.js';

export interface BatchImportOptions {
  defaults: BatchDefaults;
  /** Field → header as written, for headers the synonym table does not know (`--map`). */
  columnMap?: Partial<Record<RowField, string>>;
  /** Import the good rows and report the bad ones, instead of importing nothing. */
  skipBad?: boolean;
  /** The ladder every case goes on (`card-debt` …); default: inferred per case (docs/ladder.md). */
  ladder?: string;
  ladders?: LadderConfig;
  onProgress?: ProgressListener;
}

export interface BatchImportReport {
  file: string;
  format: Table['format'];
  encoding: Table['encoding'];
  /** Data rows read (blank rows not counted). */
  rows: number;
  created: ImportedRow[];
  /** Rows whose case was already in the database: left as they are (docs/import.md). */
  existing: ImportedRow[];
  /** Problems of the rows left out (only with skipBad; otherwise BatchImportError is thrown). */
  bad: RowProblem[];
  columns: Partial<Record<RowField, string>>;
  ignoredColumns: string[];
}

/**
 * Imports a CSV or XLSX file of debts, one case per row, in one transaction: every row is read and checked
 * first; if any is bad, nothing is written (unless skipBad). Rows whose key is already in the database are
 * left alone, so importing the same file twice creates no duplicates.
 */
export async function importBatch(store: Store, file: string, options: BatchImportOptions): Promise<BatchImportReport> {
  const table = await readTable(file);
  const progress = throttled(options.onProgress);
  const ladders = options.ladders ?? DEFAULT_LADDERS;
  if (options.ladder !== undefined) ladderSteps(ladders, options.ladder);
  const plan = planBatch(file, table, {
    defaults: options.defaults,
    ...(options.columnMap && { columnMap: options.columnMap }),
    onProgress: progress,
  });
  if (plan.bad.length > 0 && !options.skipBad) throw new BatchImportError(file, plan.bad);
  const { created, existing } = writeBatch(store, plan, {
    ...(options.ladder !== undefined && { ladder: options.ladder }),
    ladders,
    onProgress: progress,
  });
  return {
    file,
    format: table.format,
    encoding: table.encoding,
    rows: plan.rows,
    created,
    existing,
    bad: plan.bad,
    columns: columnHeaders(plan.columns),
    ignoredColumns: plan.columns.ignored,
  };
}

/** Field → the header of the column it was read from. */
export function columnHeaders(columns: ColumnMap): Partial<Record<RowField, string>> {
  return Object.fromEntries(Object.entries(columns.index).map(([f, at]) => [f, columns.headers[at]]));
}
