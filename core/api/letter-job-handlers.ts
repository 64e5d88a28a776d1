import { z } from 'zod';
import { identifier, isoDate } from '../case/fields.js';
import { caseId } from './args.js';
import { toBase64 } from './base64.js';
import { handler } from './handler.js';
import { cancelLettersJob, discardLettersJob, lettersJobStatus, readLettersZip, startLettersJob } from './letter-jobs.js';
import { letterOptions } from './letter-options.js';
import { batchSenders } from './batch-sender.js';

/** At most this many cases in one batch from the app. */
const MAX_CASES = 2000;

export const letterJobHandlers = {
  /**
   * Starts the letters of one ladder step for the chosen cases in a worker thread: PDF and DOCX each, the EMS
   * list, each letter recorded on its case as a mailing. Poll `letters/batch-status`; `letters/batch-cancel` stops it.
   */
  'letters/batch-start': handler(
    z.object({
      caseIds: z.array(caseId).min(1).max(MAX_CASES),
      step: identifier,
      asOf: isoDate.optional(),
      letterNo: z.string().trim().min(1).max(100).optional(),
      firstNumber: z.number().int().min(1).max(1_000_000).default(1),
      agreedAddress: z.boolean().default(false),
      /** A sender of Settings (as `casepack letters --sender`): its letterhead, and its next 函号 for each letter. */
      sender: z.string().min(1).max(40).optional(),
    }),
    async (context, args) => {
      const { settings, templatesDir, sender } = await letterOptions(context.store, args.sender);
      const job = startLettersJob(context.store.db.name, {
        caseIds: [...new Set(args.caseIds)],
        step: args.step,
        asOf: args.asOf ?? context.today(),
        settings: { ...settings, ...(args.letterNo && { letterNo: args.letterNo }) },
        ...(templatesDir && { templatesDir }),
        firstNumber: args.firstNumber,
        agreedAddress: args.agreedAddress,
        ...(sender && { sender }),
      });
      return { job };
    },
  ),

  /** The senders of Settings a step's letters can go out under, and the one the batch dialog starts with. */
  'letters/batch-senders': handler(z.object({ step: identifier, asOf: isoDate.optional() }), (context, args) =>
    batchSenders(context.store, args.step, args.asOf ?? context.today()),
  ),

  /**
   * Progress as letters made of the cases selected; once done, the size and name of the zip of letters and EMS
   * list (read it out with `letters/batch-read`, then `letters/batch-discard`), and what happened per case.
   */
  'letters/batch-status': handler(z.object({ job: z.uuid() }), (_context, args) => {
    const status = lettersJobStatus(args.job);
    if (status.state !== 'done') return status;
    const { report, size } = status;
    return {
      state: status.state,
      elapsedMs: status.elapsedMs,
      fileName: `letters-${report.step}-${report.asOf}.zip`,
      size,
      selected: report.selected,
      written: report.written.map((w) => ({ caseId: w.caseId, mailing: w.mailing ?? null, warnings: w.warnings })),
      blocked: report.blocked.map((b) => ({ caseId: b.caseId, title: b.title, categories: b.categories })),
      // A judgment in force is worded from its number and date; other failures by their reason alone.
      failed: report.failed.map((f) => ({
        caseId: f.caseId,
        title: f.title,
        reason: f.reason,
        ...(f.params && { params: f.params }),
      })),
      notMailed: report.notMailed.map((n) => ({ caseId: n.caseId })),
      notOnStep: report.notOnStep.map((n) => ({ caseId: n.caseId, title: n.title, reason: n.reason })),
    };
  }),

  /** Up to 8 MB of a finished batch's zip from `offset` (none past its end): the app saves it as a download. */
  'letters/batch-read': handler(z.object({ job: z.uuid(), offset: z.number().int().nonnegative() }), async (_context, args) => ({
    bytes: toBase64(await readLettersZip(args.job, args.offset)),
  })),

  /** Forgets a finished batch and removes its zip, once read out. */
  'letters/batch-discard': handler(z.object({ job: z.uuid() }), (_context, args) => discardLettersJob(args.job)),

  'letters/batch-cancel': handler(z.object({ job: z.uuid() }), (_context, args) => cancelLettersJob(args.job)),
};
