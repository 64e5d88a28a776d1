import { z } from 'zod';
import type { ProgressListener } from '../batch-import/progress.js';
import { generateBatchLetters } from '../batch-letters/generate-batch-letters.js';
import { isoDate } from '../case/fields.js';
import { readLadderConfig } from '../ladder/ladder-config.js';
import { loadLetterSettings } from '../letters/settings-file.js';
import { caseId, path } from './args.js';
import { handler } from './handler.js';
import { letterOptions } from './letter-options.js';
import { markedStepSender } from './batch-sender.js';
import { LetterDeadlineError } from './letter-request.js';
import { daysBetween } from '../dates/calendar-date.js';
import { senderSettings } from '../settings/letter-settings.js';

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
      /** A sender of Settings: its letterhead (and firm and lawyer), and its next 函号 for each letter. */
      sender: z.string().min(1).optional(),
      /** The 函号 pattern, `{n}` the letter's number in the batch; over the settings file's. */
      letterNo: z.string().trim().min(1).max(100).optional(),
      /** The last day to pay, the same for every letter. */
      deadline: isoDate.optional(),
      ladders: path.optional(),
      mail: z.union([z.object({ carrier: z.string().min(1).optional(), agreedAddress: z.boolean() }), z.literal(false)]),
      onProgress,
    }),
    async ({ store, today }, args) => {
      const asOf = args.asOf ?? today();
      const fromFile = args.settings ? await loadLetterSettings(args.settings) : {};
      // Without --sender, the sender the user marked as default for the step's letters (if any).
      const sender =
        args.sender === undefined ? markedStepSender(store, args.step) : (await letterOptions(store, args.sender)).sender!;
      const days = args.deadline === undefined ? undefined : daysBetween(asOf, args.deadline);
      if (args.deadline !== undefined && (days! < 1 || days! > 365)) throw new LetterDeadlineError(asOf, args.deadline);
      return generateBatchLetters(store, {
        step: args.step,
        dueOnly: args.dueOnly,
        ...(args.caseIds && { caseIds: args.caseIds }),
        asOf,
        outDir: args.out,
        settings: {
          ...fromFile,
          ...(sender && (await senderSettings(store, sender))),
          ...(args.letterNo && { letterNo: args.letterNo }),
          ...(days !== undefined && { deadlineDays: days }),
        },
        ...(sender && { sender }),
        firstNumber: args.firstNumber,
        ladders: await readLadderConfig(args.ladders),
        mail: args.mail,
        ...(args.onProgress && { onProgress: args.onProgress }),
      });
    },
  ),
};
