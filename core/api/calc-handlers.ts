import { z } from 'zod';
import { isoDate } from '../case/fields.js';
import { LANGUAGES } from '../util/language.js';
import { explainCase } from '../calc/calculate-case.js';
import { toMoneyJson } from '../money/money-json.js';
import { getCase } from '../store/read-cases.js';
import { handler } from './handler.js';

export const calcHandlers = {
  /** The live statement and limitation of one case, as of a date (today by default), explained in `language`. */
  'calc/case': handler(
    z.object({ id: z.number().int().positive(), asOf: isoDate.optional(), language: z.enum(LANGUAGES).optional() }),
    ({ store, today }, args) => toMoneyJson(explainCase(getCase(store, args.id).data, args.asOf ?? today(), args.language)),
  ),
};
