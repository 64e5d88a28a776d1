import { normalizeHeader } from '../batch-import/columns.js';
import { BatchFileError, type RowProblem } from '../batch-import/errors.js';
import { normalizeDate } from '../batch-import/normalize-date.js';
import { cleanText } from '../batch-import/normalize-text.js';
import { halfWidth } from '../util/half-width.js';
import { isBlankRow } from '../batch-import/read-row.js';
import { readTable, type Table } from '../batch-import/read-table.js';
import type { Cell } from '../batch-import/sheet-row.js';
import type { Mailing } from '../case/schema.js';
import type { IsoDate } from '../dates/calendar-date.js';
import { carrierStatus } from './tracking-status.js';

/** Header words of a carrier's tracking export (docs/import.md, "tracking results"). */
export const TRACKING_HEADERS = {
  trackingNo: ['邮件号', '邮件号码', '运单号', '运单号码', '快递单号', '物流单号', 'trackingno', 'tracking', 'trackingnumber'],
  reference: ['客户单号', '订单号', '客户订单号', '参考号', 'reference', 'ref'],
  status: ['状态', '邮件状态', '投递状态', '最新状态', '签收状态', 'status'],
  date: ['日期', '时间', '签收时间', '妥投时间', '投递时间', '处理时间', '状态时间', '退回时间', 'date', 'time'],
} as const;
type TrackingField = keyof typeof TRACKING_HEADERS;

export interface TrackingRow {
  row: number;
  trackingNo?: string;
  reference?: string;
  status: Mailing['status'];
  date: IsoDate;
}

/** Reads a tracking export (CSV in any encoding the batch import knows, or XLSX): one result per row. */
export async function readTrackingFile(file: string): Promise<{ rows: TrackingRow[]; problems: RowProblem[] }> {
  return readTrackingTable(file, await readTable(file));
}

/** The same from a table already read (a file the app uploaded); `file` names it in messages. */
export function readTrackingTable(file: string, table: Table): { rows: TrackingRow[]; problems: RowProblem[] } {
  const header = table.rows.find((r) => !isBlankRow(r));
  if (!header) throw new BatchFileError(file, 'the file holds no rows', 'batch-no-rows');
  const headers = header.cells.map((c) => (c === null ? '' : String(c).trim()));
  const at = (field: TrackingField) => {
    const words = new Set<string>(TRACKING_HEADERS[field].map(normalizeHeader));
    return headers.findIndex((h) => words.has(normalizeHeader(h)));
  };
  const columns = { trackingNo: at('trackingNo'), reference: at('reference'), status: at('status'), date: at('date') };
  if ((columns.trackingNo < 0 && columns.reference < 0) || columns.status < 0 || columns.date < 0)
    throw new BatchFileError(
      file,
      `expected columns 邮件号 (or 客户单号), 状态 and 日期; the header row has ${headers
        .filter(Boolean)
        .map((h) => `"${h}"`)
        .join(', ')}`,
      'tracking-columns-missing',
      { headers: headers.filter(Boolean).join(', ') },
    );

  const rows: TrackingRow[] = [];
  const problems: RowProblem[] = [];
  for (const r of table.rows.filter((r) => r.row > header.row && !isBlankRow(r))) {
    const text = (i: number) => (i < 0 ? '' : cleanText(halfWidth(cellText(r.cells[i] ?? null))));
    const statusText = text(columns.status);
    const status = carrierStatus(statusText);
    const dateCell = r.cells[columns.date] ?? null;
    const date = dateCell === null ? undefined : normalizeDate(dateCell);
    if (!status)
      problems.push({
        row: r.row,
        column: headers[columns.status]!,
        value: statusText,
        code: 'tracking-status-unknown',
        message: 'unknown status: expected 妥投/签收, 拒收, 退回 or 在途',
      });
    else if (!date?.ok)
      problems.push({
        row: r.row,
        column: headers[columns.date]!,
        value: text(columns.date),
        code: date?.code ?? 'missing',
        ...(date?.params && { params: date.params }),
        message: date?.message ?? 'missing: expected the date of the status',
      });
    else
      rows.push({
        row: r.row,
        status,
        date: date.value,
        ...(text(columns.trackingNo) && { trackingNo: text(columns.trackingNo) }),
        ...(text(columns.reference) && { reference: text(columns.reference) }),
      });
  }
  return { rows, problems };
}

function cellText(cell: Cell): string {
  if (cell === null) return '';
  if (cell instanceof Date) return cell.toISOString();
  return typeof cell === 'number' && Number.isInteger(cell) ? BigInt(cell).toString() : String(cell);
}
