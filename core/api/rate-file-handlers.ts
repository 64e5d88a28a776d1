import { z } from 'zod';
import { RATE_SERIES } from '../calc/rate-sources.js';
import { readRateFile } from '../rates/read-rate-file.js';
import { addUserRates } from '../rates/rate-store.js';
import { path } from './args.js';
import { handler } from './handler.js';

/** Rates read from a CSV on this machine (`casepack rates import`): in-process only, like every path use case. */
export const rateFileHandlers = {
  /** Every row checked and stored in one transaction, or none; a bad row is named by its number and field. */
  'rates/import': handler(z.object({ series: z.enum(RATE_SERIES), file: path }), async ({ store, today }, args) => ({
    added: addUserRates(store.db, await readRateFile(args.file, args.series), today()).length,
  })),
};
