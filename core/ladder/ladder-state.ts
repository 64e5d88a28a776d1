import type { CaseFile } from '../case/schema.js';
import { addDays, type IsoDate } from '../dates/calendar-date.js';
import type { LadderStep } from './ladder-config.js';

/** Where a case stands: the last step taken (from its events) and the next one, with the day it falls due. */
export interface LadderState {
  stage: string | null;
  stageOn: IsoDate | null;
  next: LadderStep | null;
  nextDueOn: IsoDate | null;
}

/**
 * Computed from the case alone: an event with `step` set took that step, and so did a mailing of the letter
 * a step uses (its `document` is the step's template), on the day it was sent. The highest step taken counts,
 * so a skipped rung is not asked for again; a `suit-filed` event ends the ladder. The next step falls due its
 * `waitDays` after the step before it was taken, or after the oldest claim fell due for the first step.
 */
export function ladderState(data: CaseFile, steps: readonly LadderStep[]): LadderState {
  const taken = [
    ...data.events.map((e) => ({ index: e.step === undefined ? -1 : steps.findIndex((s) => s.id === e.step), date: e.date })),
    ...data.mailings.map((m) => ({
      index: steps.findIndex((s) => s.template !== null && s.template === m.document),
      date: m.sentOn,
    })),
  ];
  let at = -1;
  let stageOn: IsoDate | null = null;
  for (const { index, date } of taken) {
    if (index > at || (index === at && index >= 0 && stageOn !== null && date > stageOn)) {
      at = index;
      stageOn = date;
    }
  }
  const suit = data.events.filter((e) => e.kind === 'suit-filed').map((e) => e.date);
  if (suit.length > 0) return { stage: 'suit-filed', stageOn: suit.sort().at(-1)!, next: null, nextDueOn: null };
  const next = steps[at + 1] ?? null;
  const from = stageOn ?? data.claims.map((c) => c.dueDate).sort()[0]!;
  return {
    stage: at >= 0 ? steps[at]!.id : null,
    stageOn,
    next,
    nextDueOn: next ? addDays(from, next.waitDays) : null,
  };
}
