import { z } from 'zod';
import { bundledRateTable, RATE_SERIES, type RateSeries } from '../calc/rate-sources.js';
import { ratePercent } from '../rates/rate-entry.js';
import { addUserRates, readUserRates, removeUserRate } from '../rates/rate-store.js';
import { rateRowsOfText } from '../rates/read-rate-file.js';
import type { Store } from '../store/open.js';
import { handler } from './handler.js';

const series = z.enum(RATE_SERIES);
const text = z.string().max(1000);

/** Each series: how far the bundled history goes and its last value, then the user's added values (in percent). */
export function rateLists(store: Store) {
  const added = readUserRates(store.db);
  return RATE_SERIES.map((s: RateSeries) => {
    const bundled = bundledRateTable(s);
    const last = bundled.values.at(-1)!;
    return {
      series: s,
      bundled: { completeThrough: bundled.completeThrough, lastFrom: last.from, lastRate: ratePercent(last.rate.toString()) },
      added: added.filter((r) => r.series === s).map((r) => ({ date: r.from, rate: ratePercent(r.rate), source: r.source })),
    };
  });
}

/** LPR and Bank Rate values a user adds for the months after the bundled data (Settings › Rates, `casepack rates`). */
export const ratesHandlers = {
  'rates/list': handler(z.object({}), ({ store }) => rateLists(store)),

  /** One value: date, rate in percent ("3.0" or "3.0%"), source; refused with a coded reason (rate-entry). */
  'rates/add': handler(z.object({ series, date: text, rate: text, source: text }), ({ store, today }, args) => {
    addUserRates(store.db, [{ input: args }], today());
    return rateLists(store);
  }),

  /**
   * A rate file chosen in Settings › Rates, as its text: the same CSV `casepack rates import` reads, every row
   * checked and stored in one transaction or none; a bad row is named by its number and field.
   */
  'rates/upload': handler(
    z.object({ series, name: z.string().trim().min(1).max(200), content: z.string().max(1024 * 1024) }),
    ({ store, today }, args) => {
      const added = addUserRates(store.db, rateRowsOfText(args.content, args.name, args.series), today()).length;
      return { added, lists: rateLists(store) };
    },
  ),

  'rates/remove': handler(z.object({ series, date: text }), ({ store }, args) => {
    removeUserRate(store.db, args.series, args.date);
    return rateLists(store);
  }),
};
