import type { IsoDate } from '../util/calendar-date.js';
import type { Act } from './acts.js';
import { prcPeriodEnd } from './prc-period.js';
import type { DebtLimitation } from './types.js';

const ACT_NAMES: Record<Act['kind'], string> = {
  demand: 'demand for payment arrived', // 民法典 第195条 第1项; 诉讼时效规定 第8条
  acknowledgment: 'debtor acknowledged the debt', // 第195条 第2项; 诉讼时效规定 第14条
  promise: 'debtor promised to pay', // 诉讼时效规定 第14条 (请求延期履行, 制定清偿债务计划)
  payment: 'debtor paid in part', // 诉讼时效规定 第14条
  suit: 'suit filed', // 第195条 第3项
};

/** The date rests on what the debtor said: the creditor must be able to show it (民事诉讼法 第67条). */
const PROMISE_NOTE =
  'the date rests on a promise to pay: keep the proof of it (a signed plan, a message, a recording), or it may not count';

/**
 * Three years (民法典 第188条) from `start`, restarted by each act on or before the current last day
 * (第195条: a new period from the interruption). An acknowledgment or a promise to pay after expiry bars
 * the defence and starts a new period (第192条 第2款; 诉讼时效规定 第19条); other acts after expiry change
 * nothing. After a suit the new period runs only once the proceedings end (第195条): no date to show.
 */
export function runThreeYears(start: IsoDate, startBasis: string, acts: readonly Act[]): DebtLimitation {
  let end = prcPeriodEnd(start, 36);
  let basis = `${startBasis}; three years (民法典 第188条)`;
  const notes: string[] = [];
  let promised = false;
  for (const act of acts) {
    if (act.date < start) continue;
    if (act.kind === 'suit' && act.date <= end.date)
      return {
        expiresOn: null,
        basis: `${act.source}: suit filed ${act.date}; limitation interrupted, a new three-year period runs from the end of the proceedings (民法典 第195条 第3项)`,
        notes,
      };
    const inTime = act.date <= end.date;
    const agreesToPay = act.kind === 'acknowledgment' || act.kind === 'promise'; // 诉讼时效规定 第19条 第1款
    if (!inTime && !agreesToPay) {
      notes.push(
        `${act.source} on ${act.date} came after the period ended on ${end.date}: it does not interrupt (民法典 第192条)`,
      );
      continue;
    }
    const next = prcPeriodEnd(act.date, 36);
    if (next.date < end.date) continue;
    end = next;
    basis = inTime
      ? `${act.source}: ${ACT_NAMES[act.kind]} ${act.date}; a new three-year period (民法典 第195条)`
      : `${act.source}: ${ACT_NAMES[act.kind]} ${act.date} after the period had run out; the defence is lost and a new period runs (民法典 第192条 第2款; 诉讼时效规定 第19条)`;
    promised = act.kind === 'promise';
  }
  if (promised) notes.push(PROMISE_NOTE);
  return { expiresOn: end.date, basis, notes: notes.length === 0 ? end.notes : [...notes, ...end.notes] };
}
