import type { IsoDate } from '../dates/calendar-date.js';
import type { Act } from './acts.js';
import { prcPeriodEnd } from './prc-period.js';
import type { DebtLimitation } from './types.js';
import type { LimitationWording } from './wording.js';

/**
 * Three years (民法典 第188条) from `start`, restarted by each act on or before the current last day
 * (第195条: a new period from the interruption). An acknowledgment or a promise to pay after expiry bars
 * the defence and starts a new period (第192条 第2款; 诉讼时效规定 第19条); other acts after expiry change
 * nothing. After a suit the new period runs only once the proceedings end (第195条): no date to show.
 */
export function runThreeYears(
  start: IsoDate,
  startBasis: string,
  acts: readonly Act[],
  words: LimitationWording,
): DebtLimitation {
  let end = prcPeriodEnd(start, 36, words);
  let basis = words.threeYears(startBasis);
  const notes: string[] = [];
  let promised = false;
  for (const act of acts) {
    if (act.date < start) continue;
    if (act.kind === 'suit' && act.date <= end.date)
      return { expiresOn: null, basis: words.suitInTime(act.source, act.date), notes }; // 民法典 第195条 第3项
    const inTime = act.date <= end.date;
    const agreesToPay = act.kind === 'acknowledgment' || act.kind === 'promise'; // 诉讼时效规定 第19条 第1款
    if (!inTime && !agreesToPay) {
      notes.push(words.tooLate(act.source, act.date, end.date)); // 民法典 第192条
      continue;
    }
    const next = prcPeriodEnd(act.date, 36, words);
    if (next.date < end.date) continue;
    end = next;
    basis = inTime
      ? words.interrupted(act.source, act.kind, act.date) // 民法典 第195条
      : words.revived(act.source, act.kind, act.date); // 民法典 第192条 第2款; 诉讼时效规定 第19条
    promised = act.kind === 'promise';
  }
  if (promised) notes.push(words.promiseNeedsProof); // the creditor must prove the promise: 民事诉讼法 第67条
  return { expiresOn: end.date, basis, notes: notes.length === 0 ? end.notes : [...notes, ...end.notes] };
}
