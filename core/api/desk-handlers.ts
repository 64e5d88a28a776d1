import { z } from 'zod';
import { isoDate } from '../case/fields.js';
import { ladderConfigShape } from '../ladder/ladder-config.js';
import { deskList } from './desk-list.js';
import { handler } from './handler.js';

/** The furthest ahead the desk looks for deadlines: ten years, past any limitation or guarantee period. */
export const MAX_WINDOW_DAYS = 3650;

export const deskHandlers = {
  /**
   * The desk: each case's ladder step (overdue or not), broken promises to pay, and the limitation and
   * guarantee deadlines within `windowDays` of `asOf` (default today). The app's home screen and `casepack due`.
   */
  'desk/list': handler(
    z.object({
      asOf: isoDate.optional(),
      windowDays: z.number().int().min(0).max(MAX_WINDOW_DAYS).default(90),
      all: z.boolean().default(true),
      ladders: ladderConfigShape.optional(),
      wait: z.boolean().default(false),
      record: z.boolean().default(false),
    }),
    ({ store, today }, args) => {
      const { asOf = today(), ladders, ...rest } = args;
      return deskList(store, { ...rest, asOf, ...(ladders && { ladders }) });
    },
  ),
};
