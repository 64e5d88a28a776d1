import type { Debtor } from '../case/schema.js';
import type { Act } from './acts.js';
import { prcPeriodEnd } from './prc-period.js';
import { runThreeYears } from './prc-interruptions.js';
import type { DebtGroup, DebtLimitation } from './types.js';
import type { LimitationWording } from './wording.js';

/**
 * A guarantor: the guarantee period, 6 months from the principal debt's due date unless agreed, never
 * interrupted or extended (民法典 第692条). Joint guarantee: the creditor must demand payment from the guarantor
 * within it (第693条 第2款), after which the guarantee debt's three years run from that demand (第694条 第2款).
 * General guarantee: the creditor must sue the debtor within it (第693条 第1款); the guarantee debt's limitation
 * then starts only when the guarantor's right to refuse ends (第694条 第1款), a date no case field records.
 * No `guarantee` field: a general guarantee (第686条 第2款).
 */
export function guarantorLimitation(
  guarantor: Debtor,
  group: DebtGroup,
  ownActs: readonly Act[],
  principalActs: readonly Act[],
  asOf: string,
  words: LimitationWording,
): DebtLimitation {
  const kind = guarantor.guarantee?.kind ?? 'general';
  const months = guarantor.guarantee?.months ?? 6;
  const end = prcPeriodEnd(group.dueDate, months, words);
  const period = { months, from: group.dueDate, end: end.date };
  const within = (a: Act) => a.date > group.dueDate && a.date <= end.date;
  const released = asOf > end.date;

  if (kind === 'joint') {
    const demand = ownActs.find((a) => (a.kind === 'demand' || a.kind === 'suit') && within(a));
    if (demand) {
      const rest = ownActs.filter((a) => a.date > demand.date);
      // 民法典 第694条 第2款: the guarantee debt's limitation runs from the demand.
      const run = runThreeYears(demand.date, words.jointDemanded(demand.source, demand.date, period), rest, words);
      return { ...run, notes: end.notes.length === 0 ? run.notes : [...end.notes, ...run.notes] };
    }
    const basis = released ? words.jointReleased(period) : words.jointDemandBy(period); // 第693条 第2款
    return { expiresOn: end.date, basis, notes: end.notes };
  }

  const suit = principalActs.find((a) => a.kind === 'suit' && within(a));
  // 第694条 第1款; 担保制度解释 第28条: the limitation waits for the end of the right to refuse.
  if (suit) return { expiresOn: null, basis: words.generalSued(suit.source, suit.date, period), notes: end.notes };
  const basis = released ? words.generalReleased(period) : words.generalSueBy(period); // 第693条 第1款
  return { expiresOn: end.date, basis, notes: end.notes };
}
