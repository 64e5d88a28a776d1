import type { RowProblem } from '../batch-import/errors.js';
import type { CaseFile, Mailing } from '../case/schema.js';
import type { Store } from '../store/open.js';
import { getCase } from '../store/read-cases.js';
import { updateCase } from '../store/edit-case.js';
import type { TrackingRow } from './read-tracking.js';

export interface AppliedTracking {
  row: number;
  caseId: number;
  mailing: string;
  trackingNo: string;
  status: Mailing['status'];
  date: string;
  /** The event added: `demand-delivered` when the demand arrived or counts as arrived, `note` otherwise. */
  event?: 'demand-delivered' | 'note';
  /** Whether the demand arrived in law (诉讼时效规定 第8条): delivered, deemed delivered (refused, or returned from the agreed address), or not. */
  arrival: Arrival;
  caseTitle: string;
}

export type Arrival = 'delivered' | 'deemed-delivered' | 'not-delivered';

export interface TrackingReport {
  applied: AppliedTracking[];
  /** Rows that change nothing: the mailing already has that status and date. */
  unchanged: number[];
  problems: RowProblem[];
}

/**
 * Sets each mailing's status from the carrier's results, and records its arrival as an event, all in one
 * transaction. A row is matched by the carrier's number, or by the batch reference (客户单号) that the
 * mailing carries until its number is known.
 */
export function applyTracking(store: Store, rows: readonly TrackingRow[], problems: readonly RowProblem[] = []): TrackingReport {
  const index = mailingIndex(store);
  const report: TrackingReport = { applied: [], unchanged: [], problems: [...problems] };
  store.db
    .transaction(() => {
      for (const row of rows) {
        const key = [row.trackingNo, row.reference].find((k) => k !== undefined && index.has(k));
        if (key === undefined) {
          report.problems.push({
            row: row.row,
            // A field, not the file's heading (not known here): the app names it in its own language.
            column: 'trackingNo',
            value: row.trackingNo ?? row.reference ?? '',
            code: 'tracking-no-mailing',
            message: 'no mailing in the database has this number or reference',
          });
          continue;
        }
        const caseId = index.get(key)!;
        const stored = getCase(store, caseId);
        const at = stored.data.mailings.findIndex((m) => m.trackingNo === key);
        const result = applyRow(stored.raw as Record<string, unknown>, stored.data, at, row);
        if (typeof result === 'string') {
          report.problems.push({
            row: row.row,
            column: 'date',
            value: row.date,
            code: 'tracking-before-sent',
            params: { sentOn: result },
            message: `before the mailing was sent on ${result}`,
          });
          continue;
        }
        if (!result) {
          report.unchanged.push(row.row);
          continue;
        }
        updateCase(store, caseId, result.raw);
        const trackingNo = row.trackingNo ?? key;
        if (trackingNo !== key) index.set(trackingNo, caseId);
        report.applied.push({
          row: row.row,
          caseId,
          mailing: stored.data.mailings[at]!.id,
          trackingNo,
          status: row.status,
          date: row.date,
          ...(result.event && { event: result.event }),
          arrival: arrivalOf(stored.data.mailings[at]!, row),
          caseTitle: stored.data.title,
        });
      }
    })
    .immediate();
  return report;
}

function mailingIndex(store: Store): Map<string, number> {
  const rows = store.db
    .prepare(
      `SELECT c.id AS caseId, json_extract(m.value, '$.trackingNo') AS trackingNo FROM cases c, json_each(c.document, '$.mailings') m
       WHERE c.deleted_at IS NULL`,
    )
    .all() as { caseId: number; trackingNo: string }[];
  return new Map(rows.map((r) => [r.trackingNo, r.caseId]));
}

/** The changed case, undefined when nothing changes, or the day it was sent when the row dates from before. */
function applyRow(
  raw: Record<string, unknown>,
  data: CaseFile,
  at: number,
  row: TrackingRow,
): { raw: Record<string, unknown>; event?: AppliedTracking['event'] } | undefined | string {
  const mailing = data.mailings[at]!;
  if (row.date < mailing.sentOn) return mailing.sentOn;
  const final = mailing.status !== 'in-transit';
  if (row.status === 'in-transit') return undefined;
  if (
    final &&
    mailing.status === row.status &&
    mailing.deliveredOn === row.date &&
    (row.trackingNo ?? mailing.trackingNo) === mailing.trackingNo
  )
    return undefined;
  const mailings = structuredClone(raw.mailings) as Record<string, unknown>[];
  mailings[at] = { ...mailings[at], trackingNo: row.trackingNo ?? mailing.trackingNo, status: row.status, deliveredOn: row.date };
  const event = arrivalEvent(mailing, row);
  const events = Array.isArray(raw.events) ? [...(raw.events as unknown[])] : [];
  const recorded = data.events.some((e) => e.mailing === mailing.id && e.kind === event.kind && e.date === event.date);
  if (!recorded) events.push(event);
  return { raw: { ...raw, mailings, events }, ...(!recorded && { event: event.kind }) };
}

/**
 * A demand arrives when delivered, and counts as arrived when refused, or returned from the address agreed in
 * the contract or registered (诉讼时效规定 第8条 第1款 第2项: 到达或者应当到达); that interrupts limitation
 * (民法典 第195条 第1项). A return from any other address is only noted.
 */
function arrivalEvent(
  mailing: Mailing,
  row: TrackingRow,
): { date: string; kind: 'demand-delivered' | 'note'; party: number; mailing: string; note: string } {
  const label = `${mailing.carrier} ${row.trackingNo ?? mailing.trackingNo}`;
  const base = { date: row.date, party: mailing.to, mailing: mailing.id };
  const arrival = arrivalOf(mailing, row);
  if (arrival === 'delivered') return { ...base, kind: 'demand-delivered', note: `${label} 妥投` };
  if (row.status === 'refused')
    return { ...base, kind: 'demand-delivered', note: `${label} 收件人拒收，视为送达（诉讼时效规定 第8条 第1款 第2项）` };
  if (arrival === 'deemed-delivered')
    return {
      ...base,
      kind: 'demand-delivered',
      note: `${label} 邮件退回；寄往约定或登记的地址，视为送达（诉讼时效规定 第8条 第1款 第2项）`,
    };
  return { ...base, kind: 'note', note: `${label} 邮件退回；非约定或登记的地址，不视为送达：核实地址后重新送达` };
}

/** 诉讼时效规定 第8条 第1款 第2项: refused mail, and mail returned from the agreed or registered address, count as arrived. */
export function arrivalOf(mailing: Pick<Mailing, 'agreedAddress'>, row: Pick<TrackingRow, 'status'>): Arrival {
  if (row.status === 'delivered') return 'delivered';
  if (row.status === 'refused' || (row.status === 'returned' && mailing.agreedAddress)) return 'deemed-delivered';
  return 'not-delivered';
}
