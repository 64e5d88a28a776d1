import type { Claim } from '../case/schema.js';
import type { IsoDate } from '../dates/calendar-date.js';
import type { Act } from './types.js';

/** A claim as limitation sees it: the debt it is part of and the day its period runs from. */
export interface ClaimDebt {
  claim: string;
  /** `debtGroup`, else `instalmentOf`, else the claim's id. */
  debt: string;
  /** Its due date; for instalments, the last instalment's (民法典 第189条). */
  start: IsoDate;
  instalments: boolean;
}

/**
 * Each claim with its debt. Claims are separate debts unless they share `debtGroup` (one debt, such as a running
 * account: an act on one part reaches all, 诉讼时效规定 第9条) or `instalmentOf` (one debt whose period runs from
 * the last instalment's due date, 民法典 第189条). Within a `debtGroup` each claim keeps its own due date.
 */
export function claimDebts(claims: readonly Claim[]): ClaimDebt[] {
  const lastInstalment = new Map<string, IsoDate>();
  for (const c of claims)
    if (c.instalmentOf !== undefined) {
      const last = lastInstalment.get(c.instalmentOf);
      if (last === undefined || c.dueDate > last) lastInstalment.set(c.instalmentOf, c.dueDate);
    }
  return claims.map((c) => ({
    claim: c.id,
    debt: c.debtGroup ?? c.instalmentOf ?? c.id,
    start: c.instalmentOf === undefined ? c.dueDate : lastInstalment.get(c.instalmentOf)!,
    instalments: c.instalmentOf !== undefined,
  }));
}

/** The acts that reach a debt: those on every claim, and those on any claim of the same debt (诉讼时效规定 第9条). */
export function actsOnDebt(acts: readonly Act[], debt: string, debtOf: ReadonlyMap<string, string>): Act[] {
  return acts.filter((a) => a.claims === null || a.claims.some((c) => debtOf.get(c) === debt));
}
