import type { CaseFile } from '../case/schema.js';
import { dayAfter, daysBetween, type IsoDate } from '../dates/calendar-date.js';
import { inForceOn, judgmentDeadline, judgmentOwed } from '../filings/judgment-context.js';
import type { CaseStage } from './case-stage.js';
import type { Deadline } from './desk-facts.js';

/** The rung after the ladder: the creditor holds a judgment in force that is not performed. */
export const JUDGMENT_STAGE = { id: 'judgment-in-force', title: '判决已生效' } as const;
export const ENFORCEMENT_STEP = { id: 'enforcement', title: '申请执行' } as const;

/**
 * Where a case stands once its judgment (调解书, 仲裁裁决, 支付令) is in force on `asOf` and money is still unpaid
 * under it (its sum, the doubled interest for late performance or the costs it orders paid): the next step is enforcement (民事诉讼法 第247条), open from the day after the performance period
 * (or after the effective day where none is set), and its deadline is the last day to apply (第250条), which
 * replaces the debt's limitation and guarantee dates. Null while there is no such judgment.
 */
export function enforcementStep(data: CaseFile, ladder: string, asOf: IsoDate): { stage: CaseStage; deadline: Deadline } | null {
  const judgment = data.filing?.judgment;
  if (!judgment || !inForceOn(judgment, asOf) || judgmentOwed(judgment, asOf).total === 0n) return null;
  const deadline = judgmentDeadline(judgment);
  const party = Math.max(
    0,
    data.debtors.findIndex((d) => d.role === 'debtor'),
  );
  return {
    stage: {
      ladder,
      stage: JUDGMENT_STAGE.id,
      stageOn: judgment.effectiveOn,
      stageTitle: JUDGMENT_STAGE.title,
      nextStep: ENFORCEMENT_STEP.id,
      nextStepTitle: ENFORCEMENT_STEP.title,
      nextDueOn: dayAfter(judgment.performanceLastDay ?? judgment.effectiveOn),
    },
    deadline: {
      party,
      name: data.debtors[party]!.name,
      role: 'debtor',
      kind: 'enforcement',
      rule: deadline.rule,
      expiresOn: deadline.lastDay,
      daysLeft: daysBetween(asOf, deadline.lastDay),
    },
  };
}
