import { stringify } from 'csv-stringify/sync';

/** A cell CasePack writes to a spreadsheet file: text, or a number that stays a number (an amount column). */
export type SheetCell = string | number;

/**
 * Text that a spreadsheet would run as a formula, or pass to another program, when the file is opened
 * ("CSV injection"): a cell starting with `=`, `+`, `-`, `@`, a tab or a carriage return.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Text as a spreadsheet must show it: a leading apostrophe keeps a formula-like cell plain text (Excel hides it). */
export function neutralizeFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/**
 * Rows as CSV for Excel and for upload portals: UTF-8 with a byte-order mark (without it Excel on Chinese
 * Windows reads the file as GBK and shows mojibake), CRLF lines, every text cell quoted and passed through
 * neutralizeFormula; numbers are written as numbers. Every CSV CasePack writes goes through here.
 */
export function spreadsheetCsv(rows: readonly (readonly SheetCell[])[]): string {
  for (const row of rows)
    for (const cell of row)
      if (typeof cell === 'number' && !Number.isFinite(cell)) throw new RangeError(`not a finite number: ${cell}`);
  return stringify(
    rows.map((r) => [...r]),
    { bom: true, record_delimiter: 'windows', quoted_string: true, quoted_empty: true, cast: { string: neutralizeFormula } },
  );
}
