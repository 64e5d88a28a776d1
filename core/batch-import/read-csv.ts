import { parse } from 'csv-parse/sync';
import type { SheetRow } from './sheet-row.js';

/**
 * Rows of a CSV text, numbered as a spreadsheet shows them (1 = the first line). The delimiter is a comma,
 * or a tab when the first line has more tabs than commas (Excel's "Unicode text" export).
 */
export function readCsvRows(text: string): SheetRow[] {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const delimiter = count(firstLine, '\t') > count(firstLine, ',') ? '\t' : ',';
  const records = parse(text, {
    delimiter,
    bom: true,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
    info: true,
  }) as unknown as { record: string[]; info: { lines: number } }[];
  // info.lines is the line a record ends on: for the usual one-line record, its spreadsheet row number.
  return records.map(({ record, info }) => ({ row: info.lines, cells: record }));
}

function count(text: string, ch: string): number {
  return text.split(ch).length - 1;
}
