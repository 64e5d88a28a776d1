import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { readCsvRows } from '../batch-import/read-csv.js';
import { UnreadableFileError } from '../util/read-failure.js';
import { RateEntryError, type RateInput, type RateRowPlace } from './rate-entry.js';

const MAX_BYTES = 1024 * 1024;
const MAX_ROWS = 1000;

/** Header names of each column, as people write them in either language. */
const COLUMNS = {
  date: ['date', 'from', 'effective', '日期', '生效日', '生效日期', '公布日期'],
  rate: ['rate', 'value', 'percent', '利率', '数值', '利率(%)', '利率（%）'],
  source: ['source', 'url', '来源', '出处'],
} as const;

/**
 * The rows of a CSV file of rates for one series (`casepack rates import`): the file capped at 1 MB, then read
 * as rateRowsOfText reads it.
 */
export async function readRateFile(file: string, series: string): Promise<{ input: RateInput; place: RateRowPlace }[]> {
  const name = basename(file);
  let text: string;
  try {
    if ((await stat(file)).size > MAX_BYTES) throw fileError(name, 'file-too-many', `larger than 1 MB`, { max: MAX_ROWS });
    text = await readFile(file, 'utf8');
  } catch (error) {
    if (error instanceof RateEntryError) throw error;
    throw new UnreadableFileError(file, error, 'the rates file');
  }
  return rateRowsOfText(text, name, series);
}

/**
 * The rows of a CSV of rates for one series, named `name` in errors (a file, or one uploaded in Settings › Rates):
 * a header naming date, rate (in percent) and source columns, then one value a row. Blank rows are skipped; at
 * most 1 MB and 1,000 values.
 */
export function rateRowsOfText(text: string, name: string, series: string): { input: RateInput; place: RateRowPlace }[] {
  const fail = (reason: FileReason, detail: string, extra = {}) => fileError(name, reason, detail, extra);
  if (text.length > MAX_BYTES) throw fail('file-too-many', `larger than 1 MB`, { max: MAX_ROWS });
  const rows = readCsvRows(text.replace(/^\uFEFF/, '')).filter((r) => r.cells.some((c) => String(c ?? '').trim() !== ''));
  const header = rows.shift();
  if (!header) throw fail('file-empty', 'has no rows');
  const names = header.cells.map((c) =>
    String(c ?? '')
      .trim()
      .toLowerCase(),
  );
  const index = Object.fromEntries(
    Object.entries(COLUMNS).map(([column, synonyms]) => [
      column,
      names.findIndex((n) => (synonyms as readonly string[]).includes(n)),
    ]),
  ) as Record<keyof typeof COLUMNS, number>;
  const missing = (Object.keys(COLUMNS) as (keyof typeof COLUMNS)[]).filter((c) => index[c] < 0);
  if (missing.length > 0)
    throw fail('file-columns', `the first row must name the columns date, rate and source (missing: ${missing.join(', ')})`, {
      columns: missing.join(','),
    });
  if (rows.length === 0) throw fail('file-empty', 'has a header but no values');
  if (rows.length > MAX_ROWS) throw fail('file-too-many', `has more than ${MAX_ROWS} values`, { max: MAX_ROWS });
  const cell = (cells: unknown[], i: number) => String(cells[i] ?? '');
  return rows.map(({ row, cells }) => ({
    input: { series, date: cell(cells, index.date), rate: cell(cells, index.rate), source: cell(cells, index.source) },
    place: { file: name, row },
  }));
}

type FileReason = 'file-empty' | 'file-columns' | 'file-too-many';

const fileError = (name: string, reason: FileReason, detail: string, extra = {}) =>
  new RateEntryError(reason, { file: name, ...extra }, `${name}: ${detail}`);
