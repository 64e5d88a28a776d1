import type { Preservation } from '../case/schema.js';
import { formatCents, parseCents } from '../money/cents.js';
import type { TemplateValue } from '../templates/values.js';
import { courtFees } from './court-fees.js';

const SECURITY_TEXTS: Record<Preservation['security'], string> = {
  cash: '现金担保',
  guarantee: '保证人保证',
  insurer: '保险公司出具的诉讼财产保全责任保险保函',
  property: '申请人以自有财产担保',
};

/**
 * A 财产保全申请书's figures: the value to preserve (what is claimed unless the case names less), the 申请费 for it
 * (诉讼费用交纳办法 第14条 第2项, capped at 5,000 元) and the security offered, which before suit is required
 * (民事诉讼法 第104条).
 */
export function preservationContext(preservation: Preservation, claimTotal: bigint): Record<string, TemplateValue> {
  const amount = preservedAmount(preservation, claimTotal);
  return {
    stage: preservation.stage,
    beforeSuit: preservation.stage === 'before-suit',
    amount: formatCents(amount),
    fee: formatCents(courtFees(amount).preservation),
    property: [...preservation.property],
    security: preservation.security,
    securityText: SECURITY_TEXTS[preservation.security],
    securityNote: preservation.securityNote ?? null,
  };
}

/** The value to preserve: what the case names, else everything claimed. */
export const preservedAmount = (preservation: Preservation, claimTotal: bigint): bigint =>
  preservation.amount === undefined ? claimTotal : parseCents(preservation.amount);
