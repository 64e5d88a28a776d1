import { z } from 'zod';
import { isoDate } from '../case/fields.js';
import { formatCents } from '../money/cents.js';
import { caseId } from './args.js';
import { toBase64 } from './base64.js';
import {
  cancelComplaintsJob,
  complaintsJobStatus,
  discardComplaintsJob,
  readComplaintsZip,
  startComplaintsJob,
} from './complaint-jobs.js';
import { handler } from './handler.js';
import { letterOptions } from './letter-options.js';

/** At most this many cases in one batch from the app. */
const MAX_CASES = 500;

export const complaintJobHandlers = {
  /**
   * Starts the complaints of the chosen cases in a worker thread: each 民事起诉状 as PDF and DOCX with its
   * evidence bundle, and the fee list by court. Poll `complaints/batch-status`; `complaints/batch-cancel` stops it.
   */
  'complaints/batch-start': handler(
    z.object({ caseIds: z.array(caseId).min(1).max(MAX_CASES), asOf: isoDate.optional() }),
    async (context, args) => {
      const { settings, templatesDir } = await letterOptions(context.store);
      const job = startComplaintsJob(context.store.db.name, {
        caseIds: [...new Set(args.caseIds)],
        asOf: args.asOf ?? context.today(),
        settings,
        ...(templatesDir && { templatesDir }),
      });
      return { job };
    },
  ),

  /**
   * Progress as complaints made of the cases chosen; once done, the size and name of the zip (read it out with
   * `complaints/batch-read`, then `complaints/batch-discard`) and what happened per case.
   */
  'complaints/batch-status': handler(z.object({ job: z.uuid() }), (_context, args) => {
    const status = complaintsJobStatus(args.job);
    if (status.state !== 'done') return status;
    const { report } = status.result;
    return {
      state: status.state,
      elapsedMs: status.elapsedMs,
      fileName: `complaints-${report.asOf}.zip`,
      size: status.size,
      selected: report.selected,
      written: report.written.map((w) => ({
        caseId: w.caseId,
        title: w.title,
        court: w.court,
        claim: formatCents(w.claim),
        caseFee: formatCents(w.caseFee),
        exhibits: w.exhibits,
      })),
      blocked: report.blocked,
      failed: report.failed,
      feeList: report.feeList,
    };
  }),

  /** Up to 8 MB of a finished batch's zip from `offset` (none past its end): the app saves it as a download. */
  'complaints/batch-read': handler(
    z.object({ job: z.uuid(), offset: z.number().int().nonnegative() }),
    async (_context, args) => ({
      bytes: toBase64(await readComplaintsZip(args.job, args.offset)),
    }),
  ),

  /** Forgets a finished batch and removes its zip, once read out. */
  'complaints/batch-discard': handler(z.object({ job: z.uuid() }), (_context, args) => discardComplaintsJob(args.job)),

  'complaints/batch-cancel': handler(z.object({ job: z.uuid() }), (_context, args) => cancelComplaintsJob(args.job)),
};
