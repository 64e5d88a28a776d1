import type { CaseFile } from '../case/schema.js';
import type { IsoDate } from '../dates/calendar-date.js';
import type { CaseLadderRow } from './case-ladder-rows.js';
import type { LadderStep } from './ladder-config.js';
import { ladderState } from './ladder-state.js';

/** Where a case stands on its escalation ladder: the one answer `casepack due`, batch letters and the cases table share. */
export interface CaseStage {
  ladder: string;
  /** The last step taken (`reminder`, `demand-letter` …), `suit-filed`, or null before the first step. */
  stage: string | null;
  stageOn: IsoDate | null;
  stageTitle: string | null;
  /** The next step, or null when the ladder is done or nothing is owed. */
  nextStep: string | null;
  nextStepTitle: string | null;
  nextDueOn: IsoDate | null;
}

/**
 * The stage computed from the case's events on `ladder`, whose steps are `steps`. A ladder whose steps are
 * not known here (one from a user's own config, which the app does not read) is shown as `casepack due` last
 * stored it. Once nothing is owed no step is next.
 */
export function caseStage(
  data: CaseFile,
  ladder: string,
  steps: readonly LadderStep[] | undefined,
  settled: boolean,
  stored?: CaseLadderRow,
): CaseStage {
  if (!steps)
    return {
      ladder,
      stage: stored?.stage ?? null,
      stageOn: stored?.stageOn ?? null,
      stageTitle: stored?.stage ?? null,
      nextStep: settled ? null : (stored?.nextStep ?? null),
      nextStepTitle: settled ? null : (stored?.nextStep ?? null),
      nextDueOn: settled ? null : (stored?.nextDueOn ?? null),
    };
  const state = ladderState(data, steps);
  const next = settled ? null : state.next;
  return {
    ladder,
    stage: state.stage,
    stageOn: state.stageOn,
    stageTitle: steps.find((s) => s.id === state.stage)?.title ?? null,
    nextStep: next?.id ?? null,
    nextStepTitle: next?.title ?? null,
    nextDueOn: next ? state.nextDueOn : null,
  };
}

/** The next step's day has come on `asOf`. */
export function isDue(stage: Pick<CaseStage, 'nextDueOn'>, asOf: IsoDate): boolean {
  return stage.nextDueOn !== null && stage.nextDueOn <= asOf;
}
