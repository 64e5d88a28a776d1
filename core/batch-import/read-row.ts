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
  acknowledgedOn?: string;
  /** The event kind: an acknowledgment (`acknowledged`) or a demand the debtor signed (`demand-delivered`). */
  acknowledgmentKind?: 'acknowledged' | 'demand-delivered';
  agreesToPerform?: 'yes' | 'no';
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
  acknowledgedOn: normalizeDate,
  acknowledgmentKind: (cell) => {
    const word = normalizeWord(cell);
    if (ACKNOWLEDGMENT_WORDS.includes(word)) return { ok: true, value: 'acknowledged' };
    if (SIGNED_DEMAND_WORDS.includes(word)) return { ok: true, value: 'demand-delivered' };
    return {
      ok: false,
      code: 'acknowledgment-kind-unknown',
      message: 'expected 债务确认/acknowledgment or 签收催款函/signed demand',
    };
  },
  agreesToPerform: (cell) => {
    const word = normalizeWord(cell);
    if (['是', '同意', '同意履行', '同意还款', 'yes', 'y', 'true', '1'].includes(word)) return { ok: true, value: 'yes' };
    if (['否', '不同意', '未同意', 'no', 'n', 'false', '0'].includes(word)) return { ok: true, value: 'no' };
    return { ok: false, code: 'agrees-unknown', message: 'expected 是/yes or 否/no' };
  },
  kind: (cell) => {
    const word = cleanText(cellText(cell)).toLowerCase();
    if (['个人', '自然人', 'person', 'individual'].includes(word)) return { ok: true, value: 'person' };
    if (['企业', '公司', '单位', '法人', 'company', 'business'].includes(word)) return { ok: true, value: 'company' };
    return { ok: false, code: 'kind-unknown', message: 'expected 个人/person or 企业/company' };
  },
};

const ACKNOWLEDGMENT_WORDS = [
  '债务确认',
  '确认',
  '债务确认书',
  '对账',
  '对账确认',
  'acknowledged',
  'acknowledgment',
  'acknowledgement',
];
const SIGNED_DEMAND_WORDS = [
  '签收催款函',
  '签收催收函',
  '签收',
  '催款函签收',
  'signeddemand',
  'demandsigned',
  'demand',
  'demand-delivered',
];

function normalizeWord(cell: Exclude<Cell, null>): string {
  return halfWidth(cleanText(cellText(cell)))
    .toLowerCase()
    .replace(/[\s_]/g, '');
}

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
  for (const field of ['acknowledgmentKind', 'agreesToPerform'] as const)
    if (values[field] !== undefined && values.acknowledgedOn === undefined)
      problems.push({
        row: row.row,
        column: columns.headers[columns.index[field]!] ?? field,
        value: shown(row.cells[columns.index[field]!]!),
        code: 'acknowledgment-no-date',
        message: 'says how the debtor acknowledged the debt but the row gives no acknowledgment date (确认日期/acknowledgedOn)',
      });
  if (problems.length > 0) return { problems };
  return { values: values as unknown as RowValues, problems };
}

function shown(cell: Exclude<Cell, null>): string {
  return cell instanceof Date ? cell.toISOString() : String(cell);
}
