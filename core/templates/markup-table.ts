import type { Align, Table, TableCell } from '../documents/model.js';
import { parseInline } from './markup-inline.js';

const SEPARATOR_CELL = /^\s*(:?)(-+)(:?)\s*$/;

/** The cells of one `| a | b |` row. */
export function splitRow(line: string): string[] {
  let inner = line.trim();
  if (inner.startsWith('|')) inner = inner.slice(1);
  if (inner.endsWith('|')) inner = inner.slice(0, -1);
  return inner.split('|').map((c) => c.trim());
}

/** `|---|:---:|---:|`: dashes give relative widths, colons the alignment; null if the row is not one. */
export function parseSeparator(line: string): { widths: number[]; aligns: (Align | undefined)[] } | null {
  const cells = splitRow(line);
  const matches = cells.map((c) => SEPARATOR_CELL.exec(c));
  if (matches.some((m) => !m)) return null;
  return {
    widths: matches.map((m) => m![2]!.length),
    aligns: matches.map((m) => (m![1] && m![3] ? 'center' : m![3] ? 'right' : m![1] ? 'left' : undefined)),
  };
}

/** A table from its rows; the caller has checked that each row has one cell per column. */
export function buildTable(header: string[], separator: NonNullable<ReturnType<typeof parseSeparator>>, body: string[][]): Table {
  const cell = (text: string, column: number): TableCell => {
    const align = separator.aligns[column];
    return align ? { runs: parseInline(text), align } : { runs: parseInline(text) };
  };
  return {
    type: 'table',
    widths: separator.widths,
    header: [header.map((text) => ({ runs: parseInline(text), align: 'center' as const }))],
    body: body.map((row) => row.map(cell)),
  };
}
