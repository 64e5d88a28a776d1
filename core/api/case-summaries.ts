import type { Database } from 'better-sqlite3';
import type { CaseFile } from '../case/schema.js';
import { calculateCase } from '../calc/calculate-case.js';
import { caseIssues } from '../case/validate.js';
import { CasePackError } from '../errors.js';
import { readLadderRows, type CaseLadderRow } from '../ladder/case-ladder-rows.js';
import { caseStage, type CaseStage } from '../ladder/case-stage.js';
import { inferLadder } from '../ladder/infer-ladder.js';
import { DEFAULT_LADDERS } from '../ladder/ladder-config.js';
import type { Store } from '../store/open.js';
import { listCaseDocuments, type CaseListRow } from '../store/read-cases.js';

/** A row of the cases table: the stored facts, what is owed, when limitation runs out, the ladder stage. */
export interface CaseSummary extends CaseListRow, CaseStage {
  outstanding: string | null;
  total: string | null;
  /** The earliest limitation or guarantee expiry among the case's parties. */
  limitationExpiresOn: string | null;
  limitationWarning: boolean;
  /** Why the figures are missing, when the case could not be calculated. */
  problem: string | null;
}

/**
 * Summaries already computed, per database: a case's summary depends only on its document (updated_at
 * changes with it), its stored ladder and the date, so a case is recalculated only when one of them changes.
 */
const cache = new WeakMap<Database, Map<number, { key: string; summary: CaseSummary }>>();

export function caseSummaries(store: Store, asOf: string): CaseSummary[] {
  const ladders = readLadderRows(store.db);
  const known = cache.get(store.db) ?? new Map<number, { key: string; summary: CaseSummary }>();
  const fresh = new Map<number, { key: string; summary: CaseSummary }>();
  const summaries = listCaseDocuments(store).map(({ document, ...row }) => {
    const stored = ladders.get(row.id);
    const key = `${asOf}|${row.updatedAt}|${row.debtor}|${stored ? JSON.stringify(stored) : ''}`;
    const hit = known.get(row.id);
    const summary = hit?.key === key ? hit.summary : summarise(row, document, stored, asOf);
    fresh.set(row.id, { key, summary });
    return summary;
  });
  cache.set(store.db, fresh);
  return summaries;
}

function summarise(row: CaseListRow, document: string, stored: CaseLadderRow | undefined, asOf: string): CaseSummary {
  const { data, issues } = caseIssues(JSON.parse(document));
  if (!data)
    return unavailable(row, `case ${row.id} no longer validates: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`);
  try {
    const calc = calculateCase(data, asOf);
    const expiries = calc.limitation
      .map((l) => l.expiresOn)
      .filter((d): d is string => d !== null)
      .sort();
    return {
      ...row,
      ...stageOf(data, stored, calc.total === '0.00'),
      outstanding: calc.outstanding,
      total: calc.total,
      limitationExpiresOn: expiries[0] ?? null,
      limitationWarning: calc.limitation.some((l) => l.warning),
      problem: null,
    };
  } catch (error) {
    if (!(error instanceof CasePackError)) throw error;
    return { ...unavailable(row, error.message), ...stageOf(data, stored, false) };
  }
}

/** On the ladder `casepack due` stored for the case, or the one inferLadder picks for a case with no row yet. */
function stageOf(data: CaseFile, stored: CaseLadderRow | undefined, settled: boolean): CaseStage {
  const ladder = stored?.ladder ?? inferLadder(data);
  return caseStage(data, ladder, DEFAULT_LADDERS[ladder], settled, stored);
}

function unavailable(row: CaseListRow, problem: string): CaseSummary {
  return {
    ...row,
    ladder: '',
    stage: null,
    stageOn: null,
    stageTitle: null,
    nextStep: null,
    nextStepTitle: null,
    nextDueOn: null,
    outstanding: null,
    total: null,
    limitationExpiresOn: null,
    limitationWarning: false,
    problem,
  };
}
