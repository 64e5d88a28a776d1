import { z } from 'zod';
import type { ProgressListener } from '../batch-import/progress.js';
import { generateBatchLetters } from '../batch-letters/generate-batch-letters.js';
import { isoDate } from '../case/fields.js';
import { readLadderConfig } from '../ladder/ladder-config.js';
import { loadLetterSettings } from '../letters/settings-file.js';
import { caseId, path } from './args.js';
import { handler } from './handler.js';

const onProgress = z.custom<ProgressListener>((f) => typeof f === 'function').optional();

/**
 * Letters for many cases at once. It writes into a folder on this machine, so it runs in-process only (the
 * CLI): neither IPC nor the web bridge exposes it.
 */
export const batchLettersHandlers = {
  /** A ladder step's letter for each selected case, the EMS list, each mailing recorded. */
  'letters/batch': handler(
    z.object({
      step: z.string().min(1),
      dueOnly: z.boolean().default(false),
      caseIds: z.array(caseId).optional(),
      asOf: isoDate.optional(),
      out: path,
      settings: path.optional(),
      firstNumber: z.number().int().nonnegative().default(1),
      ladders: path.optional(),
      mail: z.union([z.object({ carrier: z.string().min(1), agreedAddress: z.boolean() }), z.literal(false)]),
      onProgress,
    }),
    async ({ store, today }, args) =>
      generateBatchLetters(store, {
        step: args.step,
        dueOnly: args.dueOnly,
        ...(args.caseIds && { caseIds: args.caseIds }),
        asOf: args.asOf ?? today(),
        outDir: args.out,
        settings: args.settings ? await loadLetterSettings(args.settings) : {},
        firstNumber: args.firstNumber,
        ladders: await readLadderConfig(args.ladders),
        mail: args.mail,
        ...(args.onProgress && { onProgress: args.onProgress }),
      }),
  ),
};
