import type { CaseEvent } from '../case/schema.js';
import type { IsoDate } from '../dates/calendar-date.js';
import type { TemplateMeta } from '../templates/library.js';

/**
 * The event to add to the case when `party` returns this letter signed on `date`: for a 债务确认书 or 还款协议 an
 * acknowledgment with `agreesToPerform: true`, because their text says the debtor agrees to pay (the template's
 * `whenSigned.clause`), which revives even an expired debt (诉讼时效规定 第19条). Null for other letters.
 */
export function eventWhenSigned(meta: TemplateMeta, date: IsoDate, party: number): CaseEvent | null {
  if (!meta.whenSigned) return null;
  const { kind, agreesToPerform } = meta.whenSigned;
  return { date, kind, party, agreesToPerform, note: meta.title };
}
