import { readFile } from 'node:fs/promises';
import { UnreadableFileError } from '../util/read-failure.js';
import { extname } from 'node:path';
import { decodeText, type TextEncoding } from './decode-text.js';
import { BatchFileError } from './errors.js';
import { readCsvRows } from './read-csv.js';
import { readXlsxRows } from './read-xlsx.js';
import type { SheetRow } from './sheet-row.js';
import { readZip } from '../util/read-zip.js';

export interface Table {
  format: 'csv' | 'xlsx';
  /** How a CSV was decoded; `xlsx` files are always Unicode. */
  encoding: TextEncoding | 'xlsx';
  rows: SheetRow[];
}

/** True for the files `casepack import` reads as a batch: `.csv`, `.txt` (tab-separated) and `.xlsx`. */
export function isBatchFile(file: string): boolean {
  return ['.csv', '.tsv', '.txt', '.xlsx'].includes(extname(file).toLowerCase());
}

/** Reads a CSV (any of the encodings decodeText knows) or the first sheet of an XLSX workbook. */
export async function readTable(file: string): Promise<Table> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (error) {
    throw new UnreadableFileError(file, error);
  }
  return readTableBytes(file, bytes);
}

/** The same from the file's bytes (uploaded by the app); `file` is its name, for the format and for messages. */
export async function readTableBytes(file: string, bytes: Uint8Array): Promise<Table> {
  if (extname(file).toLowerCase() === '.xlsx') {
    try {
      readZip(bytes, file); // exceljs inflates without limits: the capped reader goes first
    } catch (error) {
      const detail = (error as Error).message.slice(file.length + 2);
      throw new BatchFileError(file, detail, 'batch-unreadable', { format: 'xlsx' });
    }
    const rows = await readXlsxRows(bytes).catch((error: Error) => {
      throw new BatchFileError(
        file,
        `not a readable XLSX workbook (${error.message}); save it again from Excel as .xlsx`,
        'batch-unreadable',
        { format: 'xlsx' },
      );
    });
    return { format: 'xlsx', encoding: 'xlsx', rows };
  }
  const { text, encoding } = decodeText(bytes);
  try {
    return { format: 'csv', encoding, rows: readCsvRows(text) };
  } catch (error) {
    throw new BatchFileError(file, `not a readable CSV (${csvProblem(error)})`, 'batch-unreadable', { format: 'csv' });
  }
}

/** What csv-parse found, in words (its own messages, "Quote Not Closed: …", are the library's, not ours). */
function csvProblem(error: unknown): string {
  const { code, lines } = error as { code?: string; lines?: number };
  const at = typeof lines === 'number' ? ` (line ${lines})` : '';
  if (code === 'CSV_QUOTE_NOT_CLOSED') return `a quoted cell is never closed${at}; check the quotation marks`;
  return `its rows cannot be told apart${at}; save it again from Excel as CSV`;
}
