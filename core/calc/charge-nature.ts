import type { LateCharge } from '../case/schema.js';

/**
 * What the case's late charge is in law: an agreed 违约金 (`penalty`), agreed interest, a loan's 逾期利息, the
 * statutory overdue-payment loss (买卖合同解释 第18条 第4款), English statutory interest, or nothing.
 */
export type ChargeNature = 'none' | 'penalty' | 'interest' | 'loan-interest' | 'overdue-loss' | 'uk-statutory';

export function chargeNature(spec: LateCharge): ChargeNature {
  switch (spec.kind) {
    case 'none':
    case 'overdue-loss':
    case 'uk-statutory':
      return spec.kind;
    default:
      return spec.nature ?? 'penalty'; // case files older than `nature` meant an agreed 违约金
  }
}
