import { calculateCase } from '../calc/calculate-case.js';
import { CasePackError } from '../errors.js';
import type { Store } from '../store/open.js';
import { getCase, listCases, type CaseListRow } from '../store/read-cases.js';

/** A row of the cases table: the stored facts plus what is owed and when limitation runs out. */
export interface CaseSummary extends CaseListRow {
  outstanding: string | null;
  total: string | null;
  /** The earliest limitation or guarantee expiry among the case's parties. */
  limitationExpiresOn: string | null;
  limitationWarning: boolean;
  /** Why the figures are missing, when the case could not be calculated. */
  problem: string | null;
}

export function caseSummaries(store: Store, asOf: string): CaseSummary[] {
  return listCases(store).map((row) => {
    try {
      const calc = calculateCase(getCase(store, row.id).data, asOf);
      const expiries = calc.limitation.filter((l) => l.expiresOn !== null).sort((a, b) => (a.expiresOn! < b.expiresOn! ? -1 : 1));
      return {
        ...row,
        outstanding: calc.outstanding,
        total: calc.total,
        limitationExpiresOn: expiries[0]?.expiresOn ?? null,
        limitationWarning: calc.limitation.some((l) => l.warning),
        problem: null,
      };
    } catch (error) {
      if (!(error instanceof CasePackError)) throw error;
      return {
        ...row,
        outstanding: null,
        total: null,
        limitationExpiresOn: null,
        limitationWarning: false,
        problem: error.message,
      };
    }
  });
}
