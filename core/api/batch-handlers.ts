import { z } from 'zod';
import { readColumnMapFile } from '../batch-import/columns.js';
import { readBatchDefaults } from '../batch-import/defaults.js';
import { BatchFileError } from '../batch-import/errors.js';
import { importBatch } from '../batch-import/import-batch.js';
import { isBatchFile } from '../batch-import/read-table.js';
import { loadCaseFile } from '../case/validate.js';
import { readLadderConfig } from '../ladder/ladder-config.js';
import { applyTracking } from '../mailing/apply-tracking.js';
import { readTrackingFile } from '../mailing/read-tracking.js';
import { importCase } from '../store/import-case.js';
import type { ProgressListener } from '../batch-import/progress.js';
import { path } from './args.js';
import { handler } from './handler.js';

const onProgress = z.custom<ProgressListener>((f) => typeof f === 'function').optional();

/**
 * Files brought in: a case file or a table of debts, a carrier's tracking results. They take paths on this
 * machine, so they run in-process only (the CLI): neither IPC nor the web bridge exposes them.
 */
export const batchHandlers = {
  /** A case.json, or a batch of debts in CSV/XLSX with the facts every case shares in `defaults`. */
  'cases/import-file': handler(
    z.object({
      file: path,
      defaults: path.optional(),
      map: path.optional(),
      skipBad: z.boolean().default(false),
      ladder: z.string().min(1).optional(),
      ladders: path.optional(),
      onProgress,
    }),
    async ({ store }, args) => {
      if (!isBatchFile(args.file)) return { kind: 'case' as const, id: await importCase(store, await loadCaseFile(args.file)) };
      if (!args.defaults)
        throw new BatchFileError(args.file, 'a batch needs --defaults CASE.json with at least the creditor (docs/import.md)');
      const defaults = await readBatchDefaults(args.defaults);
      const columnMap = args.map ? await readColumnMapFile(args.map) : undefined;
      const report = await importBatch(store, args.file, {
        defaults,
        ...(columnMap && { columnMap }),
        skipBad: args.skipBad,
        ...(args.ladder && { ladder: args.ladder }),
        ladders: await readLadderConfig(args.ladders),
        ...(args.onProgress && { onProgress: args.onProgress }),
      });
      return { kind: 'batch' as const, report };
    },
  ),

  /** A carrier's tracking results: each mailing's status, and its arrival as a demand-delivered event. */
  'mailing/tracking': handler(z.object({ file: path }), async ({ store }, args) => {
    const { rows, problems } = await readTrackingFile(args.file);
    return applyTracking(store, rows, problems);
  }),
};
