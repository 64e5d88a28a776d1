import type { CaseFile } from '../case/schema.js';
import { inferLadder } from '../ladder/infer-ladder.js';
import type { CaseLadderRow } from '../ladder/case-ladder-rows.js';
import { DEFAULT_LADDERS } from '../ladder/ladder-config.js';
import { ladderState } from '../ladder/ladder-state.js';

/** Where a case stands on its escalation ladder, as the cases table shows it. */
export interface CaseStage {
  ladder: string;
  /** The last step taken (`reminder`, `demand-letter` …), `suit-filed`, or null before the first step. */
  stage: string | null;
  stageTitle: string | null;
  /** The next step, or null when the ladder is done or nothing is owed. */
  nextStep: string | null;
  nextStepTitle: string | null;
  nextDueOn: string | null;
}

/**
 * The stage computed from the case's events on the ladder `casepack due` stored for it (case_ladder), or the
 * ladder inferLadder picks for a case that has no row yet. A ladder from a user's own config, which the app
 * does not know, is shown as `casepack due` last stored it.
 */
export function caseStage(data: CaseFile, stored: CaseLadderRow | undefined, settled: boolean): CaseStage {
  const ladder = stored?.ladder ?? inferLadder(data);
  const steps = DEFAULT_LADDERS[ladder];
  if (!steps) {
    const title = (id: string | null) => id;
    return {
      ladder,
      stage: stored?.stage ?? null,
      stageTitle: title(stored?.stage ?? null),
      nextStep: settled ? null : (stored?.nextStep ?? null),
      nextStepTitle: settled ? null : title(stored?.nextStep ?? null),
      nextDueOn: settled ? null : (stored?.nextDueOn ?? null),
    };
  }
  const state = ladderState(data, steps);
  const next = settled ? null : state.next;
  return {
    ladder,
    stage: state.stage,
    stageTitle: steps.find((s) => s.id === state.stage)?.title ?? null,
    nextStep: next?.id ?? null,
    nextStepTitle: next?.title ?? null,
    nextDueOn: next ? state.nextDueOn : null,
  };
}
