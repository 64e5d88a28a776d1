import { calendarDateOfUtc } from '../dates/calendar-date.js';
import type { ColumnMap, RowField } from './columns.js';
import type { RowProblem } from './errors.js';
import { normalizeAmount, type Normalized } from './normalize-amount.js';
import { normalizeDate } from './normalize-date.js';
import { halfWidth } from '../util/half-width.js';
import { cleanText, normalizeIdNumber, normalizePhone } from './normalize-text.js';
import type { Cell, SheetRow } from './sheet-row.js';

/** One row's facts, normalized: amounts as `"12345.60"`, dates as `YYYY-MM-DD`. */
export interface RowValues {
  name: string;
  amount: string;
  dueDate: string;
  idNumber?: string;
  address?: string;
  phone?: string;
  contract?: string;
  claimId?: string;
  description?: string;
  kind?: 'person' | 'company';
  contractTitle?: string;
  signedOn?: string;
}

type Reader = (cell: Exclude<Cell, null>) => Normalized;

const asText: Reader = (cell) => ({ ok: true, value: cleanText(cellText(cell)) });

const READERS: Record<RowField, Reader> = {
  name: asText,
  amount: (cell) => normalizeAmount(cell instanceof Date ? cell.toISOString() : cell),
  dueDate: normalizeDate,
  signedOn: normalizeDate,
  idNumber: (cell) => ({ ok: true, value: normalizeIdNumber(cellText(cell)) }),
  phone: (cell) => ({ ok: true, value: normalizePhone(cellText(cell)) }),
  address: asText,
  contract: (cell) => ({ ok: true, value: cleanText(halfWidth(cellText(cell))) }),
  claimId: (cell) => ({ ok: true, value: cleanText(halfWidth(cellText(cell))) }),
  description: asText,
  contractTitle: asText,
  kind: (cell) => {
    const word = cleanText(cellText(cell)).toLowerCase();
    if (['个人', '自然人', 'person', 'individual'].includes(word)) return { ok: true, value: 'person' };
    if (['企业', '公司', '单位', '法人', 'company', 'business'].includes(word)) return { ok: true, value: 'company' };
    return { ok: false, code: 'kind-unknown', message: 'expected 个人/person or 企业/company' };
  },
};

/** A number cell written back as text: an ID or phone stored as a number must not turn into 1.38e+10. */
function cellText(cell: Exclude<Cell, null>): string {
  if (cell instanceof Date) return calendarDateOfUtc(cell);
  if (typeof cell === 'number') return Number.isInteger(cell) ? BigInt(cell).toString() : String(cell);
  return cell;
}

export function isBlankRow(row: SheetRow): boolean {
  return row.cells.every((c) => c === null || (typeof c === 'string' && c.trim() === ''));
}

/** Reads each mapped column of a row; every value that cannot be read is a problem naming row, column and value. */
export function readRow(row: SheetRow, columns: ColumnMap): { values?: RowValues; problems: RowProblem[] } {
  const problems: RowProblem[] = [];
  const values: Partial<Record<RowField, string>> = {};
  for (const [field, at] of Object.entries(columns.index) as [RowField, number][]) {
    const cell = row.cells[at] ?? null;
    const column = columns.headers[at] ?? field;
    if (cell === null || (typeof cell === 'string' && cell.trim() === '')) {
      if (field === 'name' || field === 'amount' || field === 'dueDate')
        problems.push({ row: row.row, column, value: '', code: 'missing', message: `missing: every row needs its ${field}` });
      continue;
    }
    const result = READERS[field](cell);
    if (result.ok) {
      if (result.value !== '') values[field] = result.value;
    } else
      problems.push({
        row: row.row,
        column,
        value: shown(cell),
        code: result.code,
        ...(result.params && { params: result.params }),
        message: result.message,
      });
  }
  if (problems.length > 0) return { problems };
  return { values: values as unknown as RowValues, problems };
}

function shown(cell: Exclude<Cell, null>): string {
  return cell instanceof Date ? cell.toISOString() : String(cell);
}
