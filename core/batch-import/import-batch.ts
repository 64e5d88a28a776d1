import type { CaseFile } from '../case/schema.js';
import { writeLadderRow } from '../ladder/case-ladder-rows.js';
import { inferLadder } from '../ladder/infer-ladder.js';
import { DEFAULT_LADDERS, ladderSteps, type LadderConfig } from '../ladder/ladder-config.js';
import { ladderState } from '../ladder/ladder-state.js';
import { writeCaseRows } from '../store/case-rows.js';
import type { Store } from '../store/open.js';
import { buildCase, importKey } from './build-case.js';
import { matchColumns, type RowField } from './columns.js';
import type { BatchDefaults } from './defaults.js';
import { BatchFileError, BatchImportError, type RowProblem } from './errors.js';
import { existingCaseFinder } from './find-existing.js';
import { throttled, type ProgressListener } from './progress.js';
import { isBlankRow, readRow } from './read-row.js';
import { readTable, type Table } from './read-table.js';

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

export interface ImportedRow {
  row: number;
  caseId: number;
  key: string;
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

interface GoodRow {
  row: number;
  key: string;
  raw: Record<string, unknown>;
  data: CaseFile;
}

/**
 * Imports a CSV or XLSX file of debts, one case per row, in one transaction: every row is read and checked
 * first; if any is bad, nothing is written (unless skipBad). Rows whose key is already in the database are
 * left alone, so importing the same file twice creates no duplicates.
 */
export async function importBatch(store: Store, file: string, options: BatchImportOptions): Promise<BatchImportReport> {
  const table = await readTable(file);
  const header = table.rows.find((r) => !isBlankRow(r));
  if (!header) throw new BatchFileError(file, 'the file holds no rows');
  const columns = matchColumns(file, header.cells, options.columnMap);
  const dataRows = table.rows.filter((r) => r.row > header.row && !isBlankRow(r));
  const progress = throttled(options.onProgress);
  const ladders = options.ladders ?? DEFAULT_LADDERS;
  if (options.ladder !== undefined) ladderSteps(ladders, options.ladder);

  const good: GoodRow[] = [];
  const bad: RowProblem[] = [];
  const firstRowOfKey = new Map<string, number>();
  dataRows.forEach((sheetRow, i) => {
    progress({ phase: 'check', done: i + 1, total: dataRows.length });
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
        message: 'needs a contract number or an ID number, so that a re-import finds this case again',
      });
    const earlier = firstRowOfKey.get(key);
    if (earlier !== undefined)
      return void bad.push({
        row: sheetRow.row,
        column: columnName(columns, key.startsWith('contract:') ? 'contract' : 'idNumber'),
        value: key.replace(/^\w+:/, ''),
        message: `the same case as row ${earlier} (${key.startsWith('contract:') ? 'contract number' : 'ID number and claim'}): give each debt one row`,
      });
    firstRowOfKey.set(key, sheetRow.row);
    good.push({ row: sheetRow.row, key, raw: built.raw!, data: built.data });
  });
  if (bad.length > 0 && !options.skipBad) throw new BatchImportError(file, bad);

  const findExisting = existingCaseFinder(store.db);
  const created: ImportedRow[] = [];
  const existing: ImportedRow[] = [];
  store.db
    .transaction(() => {
      good.forEach((g, i) => {
        const found = findExisting(g.key);
        if (found !== undefined) existing.push({ row: g.row, caseId: found, key: g.key });
        else {
          const caseId = writeCaseRows(store.db, g.data, g.raw, [], { origin: { change: 'imported' } });
          const ladder = options.ladder ?? inferLadder(g.data);
          writeLadderRow(store.db, caseId, ladder, ladderState(g.data, ladderSteps(ladders, ladder)));
          created.push({ row: g.row, caseId, key: g.key });
        }
        progress({ phase: 'write', done: i + 1, total: good.length, label: g.data.title });
      });
    })
    .immediate();

  const headerOf = (at: number | undefined) => (at === undefined ? undefined : columns.headers[at]);
  return {
    file,
    format: table.format,
    encoding: table.encoding,
    rows: dataRows.length,
    created,
    existing,
    bad,
    columns: Object.fromEntries(Object.entries(columns.index).map(([f, at]) => [f, headerOf(at)])),
    ignoredColumns: columns.ignored,
  };
}

function columnName(columns: ReturnType<typeof matchColumns>, ...fields: RowField[]): string {
  const names = fields.map((f) => (columns.index[f] === undefined ? f : columns.headers[columns.index[f]!]!));
  return names.join(' / ');
}
