import { z } from 'zod';
import { isoDate } from '../case/fields.js';
import { calculateCase } from '../calc/calculate-case.js';
import { getCase } from '../store/read-cases.js';
import { handler } from './handler.js';

export const calcHandlers = {
  /** The live statement and limitation of one case, as of a date (today by default). */
  'calc/case': handler(z.object({ id: z.number().int().positive(), asOf: isoDate.optional() }), ({ store, today }, args) =>
    calculateCase(getCase(store, args.id).data, args.asOf ?? today()),
  ),
};
