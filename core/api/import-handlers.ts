import { z } from 'zod';
import { guessColumns, REQUIRED_FIELDS, ROW_FIELDS, type RowField } from '../batch-import/columns.js';
import { batchDefaultsShape } from '../batch-import/defaults.js';
import { existingCaseFinder } from '../batch-import/find-existing.js';
import { planBatch } from '../batch-import/plan-batch.js';
import { isBlankRow } from '../batch-import/read-row.js';
import { rememberColumns, rememberedColumns } from '../batch-import/remembered-columns.js';
import type { Cell } from '../batch-import/sheet-row.js';
import { BatchFileError, codedProblem } from '../batch-import/errors.js';
import { party } from '../case/schema.js';
import { calendarDateOfUtc } from '../dates/calendar-date.js';
import { base64 } from './base64.js';
import { handler } from './handler.js';
import { cancelImportJob, importJobStatus, startImportJob } from './import-jobs.js';
import { keepUpload, uploadedFile, uploadedTable } from './import-uploads.js';

const upload = z.uuid({ error: 'expected an upload id' });
/** Field → the header of the column it is read from, as the user settled it: the whole mapping. */
const mapping = z.partialRecord(z.enum(ROW_FIELDS), z.string().min(1).max(500));
/** What every case of the batch shares; the creditor is required. */
const defaults = batchDefaultsShape.extend({ creditor: party });
const batch = z.object({ upload, mapping, defaults });

const SAMPLE_ROWS = 5;
const LISTED = 200;

/**
 * Batch import in the app: the file is uploaded once, then previewed (encoding, first rows, the columns found),
 * dry-run (new, already there, bad rows by row and column) and imported as a job with progress and cancel, in
 * one transaction. The CLI's `casepack import` runs the same planBatch and writeBatch.
 */
export const importHandlers = {
  /** Keeps an uploaded CSV, TXT or XLSX in memory for the calls below; answers its id. */
  'import/upload': handler(z.object({ name: z.string().min(1).max(255), bytes: base64 }), (_context, args) => ({
    upload: keepUpload(args.name, Buffer.from(args.bytes, 'base64')),
  })),

  /**
   * The encoding found, the first rows and the column mapping: the one given, else the one last used for this
   * creditor when the file has all its columns, else the one the header synonyms find.
   */
  'import/preview': handler(
    z.object({ upload, creditor: z.string().max(500).optional(), mapping: mapping.optional() }),
    async ({ store }, args) => {
      const { name, table } = await uploadedTable(args.upload);
      const header = table.rows.find((r) => !isBlankRow(r));
      if (!header) throw new BatchFileError(name, 'the file holds no rows', 'batch-no-rows');
      const remembered = args.creditor?.trim() ? rememberedColumns(store.db, args.creditor) : undefined;
      const headers = header.cells.map(text);
      const usable = remembered && Object.values(remembered).every((h) => headers.includes(h));
      const chosen = args.mapping ?? (usable ? remembered : undefined);
      const guess = guessColumns(header.cells, chosen ?? {}, chosen === undefined);
      const dataRows = table.rows.filter((r) => r.row > header.row && !isBlankRow(r));
      return {
        fileName: name,
        format: table.format,
        encoding: table.encoding,
        rows: dataRows.length,
        headers,
        sample: dataRows
          .slice(0, SAMPLE_ROWS)
          .map((r) => ({ row: r.row, cells: headers.map((_h, i) => text(r.cells[i] ?? null)) })),
        mapping: Object.fromEntries(Object.entries(guess.index).map(([field, at]) => [field, guess.headers[at]!])) as Partial<
          Record<RowField, string>
        >,
        remembered: chosen !== undefined && chosen === remembered,
        missing: guess.missing,
        /** Columns of the mapping given that this file does not have. */
        absent: guess.absent.map(([field, header]) => ({ field, header })),
        conflicts: guess.conflicts.map(([field, first, second]) => ({ field, first, second })),
        fields: ROW_FIELDS,
        required: REQUIRED_FIELDS,
      };
    },
  ),

  /** Every row checked against the mapping and defaults, nothing written: the cases it would make, those already there, the bad rows. */
  'import/dry-run': handler(batch, async ({ store }, args) => {
    const { name, table } = await uploadedTable(args.upload);
    const plan = planBatch(name, table, { defaults: args.defaults, columnMap: args.mapping, synonyms: false });
    const findExisting = existingCaseFinder(store.db);
    const fresh: { row: number; debtor: string; amount: string; contract: string | null }[] = [];
    const existing: { row: number; caseId: number; title: string }[] = [];
    for (const g of plan.good) {
      const caseId = findExisting(g.key);
      if (caseId !== undefined) existing.push({ row: g.row, caseId, title: g.data.title });
      else
        fresh.push({
          row: g.row,
          debtor: g.data.debtors[0]!.name,
          amount: g.data.claims[0]!.amount,
          contract: g.data.contract?.number ?? null,
        });
    }
    return {
      rows: plan.rows,
      fresh: { count: fresh.length, first: fresh.slice(0, LISTED) },
      existing: { count: existing.length, first: existing.slice(0, LISTED) },
      bad: {
        rows: new Set(plan.bad.map((p) => p.row)).size,
        count: plan.bad.length,
        first: plan.bad.slice(0, LISTED).map(codedProblem),
      },
      titled: plan.titled ?? null,
    };
  }),

  /** Imports the upload in a worker thread, all or nothing, and remembers the mapping for the creditor; poll `import/status`. */
  'import/start': handler(batch, ({ store }, args) => {
    const { name, bytes } = uploadedFile(args.upload);
    rememberColumns(store.db, args.defaults.creditor.name, args.mapping);
    return {
      job: startImportJob({
        dbFile: store.db.name,
        name,
        bytes: new Uint8Array(bytes),
        mapping: args.mapping,
        defaults: args.defaults,
      }),
    };
  }),

  /** Where the import stands: `running` with the fraction done, `done` with the counts, `failed`, `cancelled`. */
  'import/status': handler(z.object({ job: z.uuid() }), (_context, args) => importJobStatus(args.job)),

  /** Stops the import; answers once it has stopped (nothing written), or how it ended if it finished first. */
  'import/cancel': handler(z.object({ job: z.uuid() }), (_context, args) => cancelImportJob(args.job)),
};

function text(cell: Cell): string {
  if (cell === null) return '';
  if (cell instanceof Date) return calendarDateOfUtc(cell);
  return String(cell).trim();
}
