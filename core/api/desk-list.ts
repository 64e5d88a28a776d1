import { writeStageRow } from '../ladder/case-ladder-rows.js';
import { withinWindow } from '../ladder/desk-facts.js';
import { DEFAULT_LADDERS, type LadderConfig, type LadderStep } from '../ladder/ladder-config.js';
import type { Store } from '../store/open.js';
import { caseSummaries, type CaseSummary } from './case-summaries.js';

export interface DeskOptions {
  asOf: string;
  /** Deadlines this many days ahead (or past) are marked. */
  windowDays: number;
  /** Every case, not only those needing attention. */
  all: boolean;
  ladders?: LadderConfig;
  /** Calculate every case before answering (the CLI) rather than leaving slow ones `pending`. */
  wait?: boolean;
  /** Store each case's stage in case_ladder, as `casepack due` does (docs/ladder.md). */
  record?: boolean;
}

/** A case on the desk: its summary with only the deadlines within the window, and whether it needs attention. */
export interface DeskRow extends CaseSummary {
  attention: boolean;
}

/** What needs attention: a step due, a deadline within the window, or a broken promise to pay. */
const needsAttention = (row: CaseSummary, deadlines: CaseSummary['deadlines']) =>
  row.due || deadlines.length > 0 || row.brokenPromises.length > 0;

/**
 * The desk: every case being worked, on `asOf`, with what is due, broken promises and the deadlines within
 * the window. The one answer behind the app's home screen and `casepack due`.
 */
export function deskList(store: Store, options: DeskOptions) {
  const summaries = caseSummaries(store, options.asOf, 'active', {
    ...(options.ladders && { ladders: options.ladders }),
    ...(options.wait && { wait: true }),
  });
  if (options.record) recordStages(store, summaries);
  const rows: DeskRow[] = summaries.map((s) => {
    const deadlines = s.deadlines.filter((d) => withinWindow(d, options.windowDays));
    // Object.assign rather than a spread and a new field, for which V8 built new hidden classes per row.
    return Object.assign({}, s, { deadlines, attention: needsAttention(s, deadlines) });
  });
  return {
    asOf: options.asOf,
    windowDays: options.windowDays,
    total: rows.length,
    pending: rows.filter((r) => r.pending).length,
    letterSteps: letterSteps(options.ladders ?? DEFAULT_LADDERS),
    cases: options.all ? rows : rows.filter((r) => r.attention || r.pending),
  };
}

/** The steps a batch of letters can take: those with a letter template, each id once, in ladder order. */
function letterSteps(ladders: LadderConfig): LadderStep[] {
  const steps = new Map<string, LadderStep>();
  for (const step of Object.values(ladders).flat()) if (step.template !== null && !steps.has(step.id)) steps.set(step.id, step);
  return [...steps.values()];
}

/** Each calculated case's stage, in one transaction. */
function recordStages(store: Store, summaries: readonly CaseSummary[]): void {
  store.db
    .transaction(() => {
      for (const s of summaries)
        if (!s.pending && s.ladder !== '')
          writeStageRow(store.db, {
            caseId: s.id,
            ladder: s.ladder,
            stage: s.stage,
            stageOn: s.stageOn,
            nextStep: s.nextStep,
            nextDueOn: s.nextDueOn,
          });
    })
    .immediate();
}
