import { calculateCase } from '../calc/calculate-case.js';
import type { Cents } from '../money/cents.js';
import type { CaseFile } from '../case/schema.js';
import type { Store } from '../store/open.js';
import { getCase } from '../store/read-cases.js';
import { describeLimitation } from '../limitation/report.js';
import { daysBetween, type IsoDate } from '../dates/calendar-date.js';
import { brokenPromises, type BrokenPromise } from './broken-promises.js';
import { caseStage } from './case-stage.js';
import { readLadderRows, writeLadderRow } from './case-ladder-rows.js';
import { inferLadder } from './infer-ladder.js';
import { onShelf } from '../store/shelve-case.js';
import { ladderSteps, type LadderConfig, type LadderStep } from './ladder-config.js';

/** One case as `casepack due` shows it. */
export interface DueEntry {
  caseId: number;
  title: string;
  debtor: string;
  ladder: string;
  stage: string | null;
  stageOn: IsoDate | null;
  next: LadderStep | null;
  nextDueOn: IsoDate | null;
  /** The next step's day has come. */
  due: boolean;
  /** Days since the next step fell due (0 on the day). */
  daysOverdue: number | null;
  /** Nothing is owed any more: no step is due. */
  settled: boolean;
  total: Cents;
  /** Limitation per debtor from the calculation engine, only the entries with a warning (under 90 days or past). */
  limitation: { party: number; name: string; expiresOn: IsoDate | null; daysLeft: number | null; basis: string }[];
  brokenPromises: BrokenPromise[];
}

/** Where one case stands on `asOf`: ladder state, limitation warnings and broken promises. */
export function dueEntry(caseId: number, data: CaseFile, ladder: string, config: LadderConfig, asOf: IsoDate): DueEntry {
  const calc = calculateCase(data, asOf);
  const { settled } = calc;
  const steps = ladderSteps(config, ladder);
  const position = caseStage(data, ladder, steps, settled);
  const next = steps.find((s) => s.id === position.nextStep) ?? null;
  const nextDueOn = position.nextDueOn;
  const due = nextDueOn !== null && nextDueOn <= asOf;
  return {
    caseId,
    title: data.title,
    debtor: data.debtors
      .filter((d) => d.role === 'debtor')
      .map((d) => d.name)
      .join('、'),
    ladder,
    stage: position.stage,
    stageOn: position.stageOn,
    next,
    nextDueOn,
    due,
    daysOverdue: due ? daysBetween(nextDueOn, asOf) : null,
    settled,
    total: calc.total,
    // The reasons in English, as `casepack calc` gives them without --lang.
    limitation: describeLimitation(
      calc.limitation.filter((l) => l.warning),
      'en',
    ).map((l) => ({ party: l.party, name: l.name, expiresOn: l.expiresOn, daysLeft: l.daysLeft, basis: l.basis })),
    brokenPromises: brokenPromises(data, asOf),
  };
}

/**
 * Every case's entry on `asOf`, and each case's stage and next step stored in case_ladder (one transaction).
 * A case with no stored ladder gets the one inferLadder picks.
 */
export function dueList(store: Store, config: LadderConfig, asOf: IsoDate): DueEntry[] {
  const ids = (store.db.prepare(`SELECT id FROM cases WHERE ${onShelf('active')} ORDER BY id`).all() as { id: number }[]).map(
    (r) => r.id,
  );
  const stored = readLadderRows(store.db);
  const entries = ids.map((id) => {
    const { data } = getCase(store, id);
    return dueEntry(id, data, stored.get(id)?.ladder ?? inferLadder(data), config, asOf);
  });
  store.db
    .transaction(() => {
      for (const e of entries)
        writeLadderRow(store.db, e.caseId, e.ladder, {
          stage: e.stage,
          stageOn: e.stageOn,
          next: e.next,
          nextDueOn: e.nextDueOn,
        });
    })
    .immediate();
  return entries;
}

/** What needs attention: a step due, a limitation warning, or a broken promise. */
export function needsAttention(entry: DueEntry): boolean {
  return entry.due || entry.limitation.length > 0 || entry.brokenPromises.length > 0;
}
