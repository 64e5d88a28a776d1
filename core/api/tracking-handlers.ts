import { z } from 'zod';
import { codedProblem } from '../batch-import/errors.js';
import { readTableBytes } from '../batch-import/read-table.js';
import { applyTracking } from '../mailing/apply-tracking.js';
import { readTrackingTable } from '../mailing/read-tracking.js';
import { base64 } from './base64.js';
import { handler } from './handler.js';
import { checkUpload } from './import-uploads.js';

/** Tracking results in the app: the same reading and applying as `casepack tracking`, from an uploaded file. */
export const trackingHandlers = {
  /**
   * A carrier's tracking export (CSV or XLSX): each mailing's status and its arrival (delivered, deemed
   * delivered, not delivered) in one transaction. Answers what changed, what was already so, and the bad rows.
   */
  'mailings/tracking': handler(z.object({ name: z.string().min(1).max(255), bytes: base64 }), async ({ store }, args) => {
    const bytes = Buffer.from(args.bytes, 'base64');
    checkUpload(args.name, bytes);
    const { rows, problems } = readTrackingTable(args.name, await readTableBytes(args.name, bytes));
    const report = applyTracking(store, rows, problems);
    return { ...report, problems: report.problems.map(codedProblem) };
  }),
};
