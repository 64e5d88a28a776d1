import { calculateCase } from '../calc/calculate-case.js';
import type { CaseFile } from '../case/schema.js';
import { readLadderRows } from '../ladder/case-ladder-rows.js';
import { caseStage, isDue } from '../ladder/case-stage.js';
import { caseLadder } from '../ladder/infer-ladder.js';
import type { LadderConfig, LadderStep } from '../ladder/ladder-config.js';
import type { Store } from '../store/open.js';
import { getCase, type StoredCase } from '../store/read-cases.js';
import { onShelf } from '../store/shelve-case.js';
import type { IsoDate } from '../dates/calendar-date.js';

export interface SelectedCase {
  stored: StoredCase;
  ladder: string;
  step: LadderStep;
}

export interface CaseSelection {
  /** The step id, e.g. `lawyer-letter`. */
  step: string;
  /** Only cases whose next step is `step` and whose day for it has come. */
  dueOnly: boolean;
  /** Only these cases (ids); default every case. */
  caseIds?: readonly number[];
  asOf: IsoDate;
}

/**
 * The cases a batch of letters goes to: those whose ladder has the step (and, with dueOnly, whose next step
 * it is, due on `asOf`), leaving out cases where nothing is owed any more.
 */
export function selectCases(store: Store, config: LadderConfig, selection: CaseSelection): SelectedCase[] {
  const rows = readLadderRows(store.db);
  const ids =
    selection.caseIds ??
    (store.db.prepare(`SELECT id FROM cases WHERE ${onShelf('active')} ORDER BY id`).all() as { id: number }[]).map((r) => r.id);
  return ids.flatMap((id) => {
    const stored = getCase(store, id);
    const ladder = caseLadder(stored.data, rows.get(id)?.ladder);
    const step = config[ladder]?.find((s) => s.id === selection.step);
    if (!step) return [];
    if (calculateCase(stored.data, selection.asOf).settled) return [];
    const stage = caseStage(stored.data, ladder, config[ladder], false);
    if (selection.dueOnly && !(isDue(stage, selection.asOf) && stage.nextStep === step.id)) return [];
    return [{ stored, ladder, step }];
  });
}

/** The addressee of a case's letters: the first debtor with role debtor (as generateLetter picks). */
export function recipientOf(data: CaseFile): number {
  return Math.max(
    0,
    data.debtors.findIndex((d) => d.role === 'debtor'),
  );
}
