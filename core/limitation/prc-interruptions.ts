import type { IsoDate } from '../dates/calendar-date.js';
import { addMonthsCorresponding } from '../dates/period-end.js';
import { prcPeriodEnd, type PeriodEnd } from './prc-period.js';
import type { RuleCode } from './rules.js';
import type { Act, DebtLimitation, LimitationEvent, LimitationNote } from './types.js';

/**
 * Three years from `start` (民法典 第188条 第1款), restarted by each demand, agreement to perform, part payment or
 * suit on or before the current last day (第195条). After expiry only an agreement to perform revives the debt
 * (诉讼时效规定 第19条): a promise to pay, or an acknowledgment or signed demand with `agreesToPerform: true`;
 * `revive: false` ignores those too (the principal debt as a guarantor may plead it, 民法典 第701条). An obstacle
 * in the last six months suspends the period until six months after it ends (第194条). Never past twenty years
 * from the due date (第188条 第2款). After a suit the new period runs only once the proceedings end: no date.
 */
export function runThreeYears(
  start: IsoDate,
  acts: readonly Act[],
  options: { rule?: RuleCode; event?: LimitationEvent | null; revive?: boolean } = {},
): DebtLimitation {
  const revive = options.revive ?? true;
  let end: PeriodEnd = prcPeriodEnd(start, 36);
  let rule: RuleCode = options.rule ?? 'prc-three-years';
  let event: LimitationEvent | null = options.event ?? null;
  const notes: LimitationNote[] = [];
  const restart = (act: Act, next: PeriodEnd, why: RuleCode) => {
    if (next.date < end.date) return;
    end = next;
    rule = why;
    event = act.event;
  };
  for (const act of acts) {
    if (act.date < start) continue;
    const inTime = act.date <= end.date;
    if (act.kind === 'suit' && inTime) return { expiresOn: null, rule: 'prc-suit', event: act.event, start, notes }; // 第195条 第3项
    if (act.kind === 'suspension') {
      // 民法典 第194条: the obstacle must stand within the last six months of the period.
      const lastSixMonthsFrom = addMonthsCorresponding(end.date, -6);
      if (!inTime || (act.endsOn != null && act.endsOn <= lastSixMonthsFrom)) continue;
      if (act.endsOn == null) {
        const ev = act.event;
        notes.push({ code: 'suspension-ongoing', event: ev });
        return { expiresOn: null, rule: 'prc-suspended', event: ev, start, notes };
      }
      restart(act, prcPeriodEnd(act.endsOn, 6), 'prc-suspended');
      continue;
    }
    if (act.event.list === 'events' && act.event.eventKind === 'public-notice')
      notes.push({ code: 'public-notice', event: act.event });
    if (act.kind === 'acknowledgment' && act.agreesToPerform === false) {
      notes.push({ code: 'not-agreed', event: act.event }); // 民法典 第195条 第2项 needs 同意履行义务
      continue;
    }
    if (inTime) {
      restart(act, prcPeriodEnd(act.date, 36), 'prc-interrupted'); // 民法典 第195条
      continue;
    }
    // 诉讼时效规定 第19条: after expiry, only an agreement to perform (a promise, or recorded agreement) revives.
    const agrees = act.kind === 'promise' || act.agreesToPerform === true;
    if (agrees && revive) restart(act, prcPeriodEnd(act.date, 36), 'prc-revived');
    else if (act.kind === 'acknowledgment' || act.kind === 'promise' || act.agreesToPerform !== undefined)
      notes.push({ code: 'no-revival', event: act.event, end: end.date });
    else notes.push({ code: 'too-late', event: act.event, end: end.date }); // 民法典 第192条
  }
  // 民法典 第188条 第2款: never more than twenty years from the day the right was infringed.
  const cap = prcPeriodEnd(start, 240);
  if (end.date > cap.date) {
    notes.push({ code: 'twenty-year-cap', cap: cap.date });
    return { expiresOn: cap.date, rule: 'prc-twenty-years', event: null, start, notes: [...notes, ...cap.notes] };
  }
  if (event?.kind === 'promise') notes.push({ code: 'promise-needs-proof' }); // the creditor proves it: 民事诉讼法 第67条
  return { expiresOn: end.date, rule, event, start, notes: [...notes, ...end.notes] };
}
