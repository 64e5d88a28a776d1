import type { Debtor } from '../case/schema.js';
import type { Act } from './acts.js';
import { prcPeriodEnd } from './prc-period.js';
import { runThreeYears } from './prc-interruptions.js';
import type { DebtGroup, DebtLimitation } from './types.js';

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
): DebtLimitation {
  const kind = guarantor.guarantee?.kind ?? 'general';
  const months = guarantor.guarantee?.months ?? 6;
  const period = prcPeriodEnd(group.dueDate, months);
  const within = (a: Act) => a.date > group.dueDate && a.date <= period.date;
  const periodText = `guarantee period of ${months} months from ${group.dueDate} ends ${period.date} (民法典 第692条)`;

  if (kind === 'joint') {
    const demand = ownActs.find((a) => (a.kind === 'demand' || a.kind === 'suit') && within(a));
    if (demand) {
      const rest = ownActs.filter((a) => a.date > demand.date);
      const run = runThreeYears(
        demand.date,
        `${demand.source}: payment demanded from the joint guarantor ${demand.date}, within the ${periodText}; guarantee debt limitation from then (民法典 第694条 第2款)`,
        rest,
      );
      return { ...run, notes: period.notes.length === 0 ? run.notes : [...period.notes, ...run.notes] };
    }
    const released = asOf > period.date;
    const basis = released
      ? `${periodText} passed without a demand to the guarantor: the guarantor is released (民法典 第693条 第2款)`
      : `${periodText}: demand payment from the joint guarantor by then (民法典 第693条 第2款)`;
    return { expiresOn: period.date, basis, notes: period.notes };
  }

  const suit = principalActs.find((a) => a.kind === 'suit' && within(a));
  if (suit)
    return {
      expiresOn: null,
      basis: `${suit.source}: the debtor was sued ${suit.date}, within the ${periodText}; the guarantee debt's limitation starts when the guarantor's right to refuse ends (民法典 第694条 第1款; 担保制度解释 第28条)`,
      notes: period.notes,
    };
  const released = asOf > period.date;
  const basis = released
    ? `${periodText} passed without a suit against the debtor: the general guarantor is released (民法典 第693条 第1款)`
    : `${periodText}: sue the debtor (or apply for arbitration) by then to keep the general guarantee (民法典 第693条 第1款)`;
  return { expiresOn: period.date, basis, notes: period.notes };
}
