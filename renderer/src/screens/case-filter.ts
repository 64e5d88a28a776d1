import type { CaseSummary } from '../../../core/api/public-api.js';

/** `stage` filter values besides a step id: every case, or cases on which no step was taken yet. */
export const ALL_STAGES = '*';
export const NOT_STARTED = '-';

/** A case with its search text lower-cased once, so that a keystroke only compares strings. */
export interface IndexedCase {
  summary: CaseSummary;
  haystack: string;
}

export function indexCases(cases: readonly CaseSummary[]): IndexedCase[] {
  return cases.map((summary) => ({
    summary,
    haystack: [summary.title, summary.debtor, summary.contractNumber ?? ''].join('\u0000').toLowerCase(),
  }));
}

/** The cases whose title, debtor or contract number contains the query, at the chosen stage. */
export function filterCases(cases: readonly IndexedCase[], query: string, stage: string): CaseSummary[] {
  const needle = query.trim().toLowerCase();
  const result: CaseSummary[] = [];
  for (const c of cases) {
    if (stage !== ALL_STAGES && (c.summary.stage ?? NOT_STARTED) !== stage) continue;
    if (needle !== '' && !c.haystack.includes(needle)) continue;
    result.push(c.summary);
  }
  return result;
}

/** The stages present among the cases, in ladder order as first met, for the filter's choices. */
export function stagesOf(cases: readonly CaseSummary[]): { id: string; title: string | null }[] {
  const seen = new Map<string, string | null>();
  for (const c of cases) if (!seen.has(c.stage ?? NOT_STARTED)) seen.set(c.stage ?? NOT_STARTED, c.stageTitle);
  return [...seen].map(([id, title]) => ({ id, title }));
}
