import type { CaseFile } from '../case/schema.js';
import { cents, parseCents, type Cents } from '../money/cents.js';
import type { IsoDate } from '../dates/calendar-date.js';

export interface BrokenPromise {
  /** Position of the `promise-to-pay` event in events. */
  event: number;
  madeOn: IsoDate;
  amount: Cents;
  dueOn: IsoDate;
  /** What was paid from the day of the promise to its due day. */
  paid: Cents;
  by?: string;
}

/**
 * Promises to pay whose day has come (on or before `asOf`) without the promised sum being paid between the
 * promise and that day. A later promise replaces an earlier one that was not yet due when it was made.
 */
export function brokenPromises(data: CaseFile, asOf: IsoDate): BrokenPromise[] {
  const promises = data.events.flatMap((e, event) =>
    e.kind === 'promise-to-pay' && e.promise ? [{ e, event, promise: e.promise }] : [],
  );
  return promises.flatMap(({ e, event, promise }) => {
    if (promise.dueOn > asOf) return [];
    const superseded = promises.some((o) => o.e.date > e.date && o.e.date <= promise.dueOn);
    if (superseded) return [];
    const paid = cents(
      data.payments.filter((p) => p.date >= e.date && p.date <= promise.dueOn).reduce((sum, p) => sum + parseCents(p.amount), 0n),
    );
    const amount = parseCents(promise.amount);
    if (paid >= amount) return [];
    return [{ event, madeOn: e.date, amount, dueOn: promise.dueOn, paid, ...(e.by && { by: e.by }) }];
  });
}
