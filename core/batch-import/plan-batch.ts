import type { CaseFile } from '../case/schema.js';
import { buildCase, defaultContractTitle, importKey } from './build-case.js';
import { matchColumns, type ColumnMap, type RowField } from './columns.js';
import type { BatchDefaults } from './defaults.js';
import { BatchFileError, type RowProblem } from './errors.js';
import type { ProgressListener } from './progress.js';
import { isBlankRow, readRow } from './read-row.js';
import type { Table } from './read-table.js';

export interface PlannedRow {
  row: number;
  key: string;
  raw: Record<string, unknown>;
  data: CaseFile;
}

/** Every row of a batch checked, before anything is written: the cases to make and the problems of the rest. */
export interface BatchPlan {
  columns: ColumnMap;
  /** Data rows read (blank rows not counted). */
  rows: number;
  good: PlannedRow[];
  bad: RowProblem[];
  /** Rows that carry a contract number and no contract title, and the title they were given (defaultContractTitle). */
  titled?: { title: string; rows: number };
}

export interface PlanOptions {
  defaults: BatchDefaults;
  /** Field → header as written, for headers the synonym table does not know (`--map`). */
  columnMap?: Partial<Record<RowField, string>>;
  /** False where `columnMap` is the whole mapping (the app sends every field the user mapped). */
  synonyms?: boolean;
  onProgress?: ProgressListener;
  /** Asked between rows; true stops the work by throwing what `stop` makes. */
  shouldStop?: () => boolean;
}

/** Raised between rows when `shouldStop` says so: the work stops, a transaction around it rolls back. */
export class BatchStopped extends Error {
  override name = 'BatchStopped';
}

/** Reads and checks every row of the table: one case per good row, each problem named by row and column. */
export function planBatch(file: string, table: Table, options: PlanOptions): BatchPlan {
  const header = table.rows.find((r) => !isBlankRow(r));
  if (!header) throw new BatchFileError(file, 'the file holds no rows', 'batch-no-rows');
  const columns = matchColumns(file, header.cells, options.columnMap, options.synonyms ?? true);
  const dataRows = table.rows.filter((r) => r.row > header.row && !isBlankRow(r));
  const good: PlannedRow[] = [];
  const bad: RowProblem[] = [];
  const firstRowOfKey = new Map<string, number>();
  let titled = 0;
  dataRows.forEach((sheetRow, i) => {
    if (options.shouldStop?.()) throw new BatchStopped();
    options.onProgress?.({ phase: 'check', done: i + 1, total: dataRows.length });
    const { values, problems } = readRow(sheetRow, columns);
    if (!values) return void bad.push(...problems);
    const built = buildCase(values, options.defaults, sheetRow.row, columns);
    if (!built.data) return void bad.push(...built.problems);
    const key = importKey(values);
    if (key === undefined)
      return void bad.push({
        row: sheetRow.row,
        column: columnName(columns, 'contract', 'idNumber'),
        value: '',
        code: 'no-key',
        message: 'needs a contract number or an ID number, so that a re-import finds this case again',
      });
    const earlier = firstRowOfKey.get(key);
    const byContract = key.startsWith('contract:');
    if (earlier !== undefined)
      return void bad.push({
        row: sheetRow.row,
        column: columnName(columns, byContract ? 'contract' : 'idNumber'),
        value: key.replace(/^\w+:/, ''),
        code: 'duplicate-row',
        params: { earlier, by: byContract ? 'contract' : 'id-and-claim' },
        message: `the same case as row ${earlier} (${byContract ? 'contract number' : 'ID number and claim'}): give each debt one row`,
      });
    firstRowOfKey.set(key, sheetRow.row);
    if (values.contract && !values.contractTitle && !options.defaults.contract?.title) titled++;
    good.push({ row: sheetRow.row, key, raw: built.raw!, data: built.data });
  });
  return {
    columns,
    rows: dataRows.length,
    good,
    bad,
    ...(titled > 0 && { titled: { title: defaultContractTitle(options.defaults), rows: titled } }),
  };
}

function columnName(columns: ColumnMap, ...fields: RowField[]): string {
  const names = fields.map((f) => (columns.index[f] === undefined ? f : columns.headers[columns.index[f]!]!));
  return names.join(' / ');
}
