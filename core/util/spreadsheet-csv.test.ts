import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { neutralizeFormula, spreadsheetCsv } from './spreadsheet-csv.js';

const HOSTILE = ['+1+cmd', '-2+3', '=HYPERLINK("http://x","y")', '@SUM(A1:A2)', '\tx', '\rx'];

describe('spreadsheetCsv', () => {
  it('makes every formula-like text cell plain text, and leaves other text alone', () => {
    const text = spreadsheetCsv([HOSTILE, ['张三', '', "O'Brien", '010-65000000 ext 1']]);
    const rows = parse(text, { bom: true, relax_column_count: true }) as string[][];
    expect(rows[0]).toEqual(HOSTILE.map((h) => `'${h}`));
    expect(rows[1]).toEqual(['张三', '', "O'Brien", '010-65000000 ext 1']);
  });

  it('writes amounts as numbers, negative ones included, while text is quoted', () => {
    const text = spreadsheetCsv([['owed', 12345.6, -20.5, 0]]);
    expect(text).toBe('\uFEFF"owed",12345.6,-20.5,0\r\n');
  });

  it('refuses a number that is not finite rather than writing NaN', () => {
    expect(() => spreadsheetCsv([[Number.NaN]])).toThrow(RangeError);
  });

  it('guards only the first character', () => {
    expect(neutralizeFormula('a=1')).toBe('a=1');
    expect(neutralizeFormula('=1')).toBe("'=1");
  });
});
