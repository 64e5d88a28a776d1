import type { Debtor } from '../case/schema.js';
import type { IsoDate } from '../dates/calendar-date.js';
import { prcPeriodEnd } from './prc-period.js';
import { runThreeYears } from './prc-interruptions.js';
import type { Act, DebtLimitation, GuaranteeFact, LimitationNote } from './types.js';

/**
 * A guarantor, for one debt: the guarantee period, 6 months from the principal debt's due date unless agreed, never
 * interrupted or extended (民法典 第692条). Joint guarantee: the creditor must demand payment from the guarantor
 * within it (第693条 第2款), after which the guarantee debt's three years run from that demand (第694条 第2款).
 * General guarantee: the creditor must sue the debtor within it (第693条 第1款); the guarantee debt's limitation
 * then starts only when the guarantor's right to refuse ends (第694条 第1款), a date no case field records.
 * No `guarantee` field: a general guarantee (第686条 第2款). Once the principal debt's limitation has run the
 * guarantor has the debtor's defence (第701条; 诉讼时效规定 第18条): the earlier of the two dates applies.
 * `startNote` says why the period starts where it does when that is not the debt's due date (a 最高额保证).
 */
export function guarantorLimitation(
  guarantor: Debtor,
  start: IsoDate,
  ownActs: readonly Act[],
  principalActs: readonly Act[],
  principal: DebtLimitation | undefined,
  asOf: IsoDate,
  startNote?: LimitationNote,
): DebtLimitation {
  const kind = guarantor.guarantee?.kind ?? 'general';
  const months = guarantor.guarantee?.months ?? 6;
  const end = prcPeriodEnd(start, months);
  const within = (a: Act) => a.date > start && a.date <= end.date;
  const released = asOf > end.date;
  const startNotes = startNote ? [startNote] : [];
  let guarantee: GuaranteeFact = { kind, months, from: start, periodEnd: end.date, released: false, keptBy: null };

  let own: DebtLimitation;
  if (kind === 'joint') {
    const demand = ownActs.find((a) => (a.kind === 'demand' || a.kind === 'suit') && within(a));
    if (demand) {
      guarantee = { ...guarantee, keptBy: demand.event };
      const rest = ownActs.filter((a) => a.date > demand.date);
      const event = demand.event;
      own = runThreeYears(demand.date, rest, { rule: 'prc-guarantee-demanded', event }); // 第694条 第2款
    } else if (released)
      return lapsed('prc-guarantee-lapsed-joint'); // 第693条 第2款
    else own = { expiresOn: end.date, rule: 'prc-guarantee-demand-by', event: null, start, notes: [] };
  } else {
    const suit = principalActs.find((a) => a.kind === 'suit' && within(a));
    // 第694条 第1款; 担保制度解释 第28条: the limitation waits for the end of the right to refuse.
    if (suit) {
      guarantee = { ...guarantee, keptBy: suit.event };
      own = { expiresOn: null, rule: 'prc-guarantee-sued', event: suit.event, start, notes: [] };
    } else if (released)
      return lapsed('prc-guarantee-lapsed-general'); // 第693条 第1款
    else own = { expiresOn: end.date, rule: 'prc-guarantee-sue-by', event: null, start, notes: [] };
  }
  own = { ...own, guarantee, notes: [...startNotes, ...end.notes, ...own.notes] };
  const principalEnd = principal?.expiresOn ?? null;
  if (principalEnd === null || (own.expiresOn !== null && own.expiresOn <= principalEnd)) return own;
  // 民法典 第701条; 诉讼时效规定 第18条: the principal debt's limitation runs out first.
  const note: LimitationNote = { code: 'principal-earlier', own: own.expiresOn, principal: principalEnd };
  return { ...principal!, rule: 'prc-guarantor-principal', guarantee, notes: [note, ...own.notes] };

  function lapsed(rule: 'prc-guarantee-lapsed-joint' | 'prc-guarantee-lapsed-general'): DebtLimitation {
    // 担保制度解释 第34条 第2款: a signature after the guarantee lapsed does not revive it.
    const after: LimitationNote[] = ownActs
      .filter((a) => a.date > end.date && a.kind !== 'payment' && a.kind !== 'suspension')
      .map((a) => ({ code: 'after-guarantee-lapsed', event: a.event, periodEnd: end.date }));
    return {
      expiresOn: end.date,
      rule,
      event: null,
      start,
      guarantee: { ...guarantee, released: true },
      notes: [...startNotes, ...after, ...end.notes],
    };
  }
}
