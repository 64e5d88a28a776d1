import { z } from 'zod';
import { isoDate } from '../case/fields.js';
import { dueList, needsAttention } from '../ladder/due-list.js';
import { readLadderConfig } from '../ladder/ladder-config.js';
import { path } from './args.js';
import { handler } from './handler.js';

/**
 * The escalation ladder: what is due per case. It reads the user's ladder definitions from a path on this
 * machine, so it runs in-process only (the CLI): neither IPC nor the web bridge exposes it.
 */
export const ladderHandlers = {
  /** Each case's ladder step, limitation warnings and broken promises; stores each case's stage. */
  'ladder/due': handler(
    z.object({ asOf: isoDate.optional(), ladders: path.optional(), all: z.boolean().default(false) }),
    async ({ store, today }, args) => {
      const asOf = args.asOf ?? today();
      const entries = dueList(store, await readLadderConfig(args.ladders), asOf);
      return { asOf, total: entries.length, cases: args.all ? entries : entries.filter(needsAttention) };
    },
  ),
};
