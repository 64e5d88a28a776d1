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

/**
 * The acts of `acts` that reach a debt, in their order: those on every claim, and those on any claim of the same
 * debt (诉讼时效规定 第9条). Indexed in one pass, so that a case of 100,000 debts does not read every act for each.
 */
export function actsByDebt(acts: readonly Act[], debtOf: ReadonlyMap<string, string>): (debt: string) => readonly Act[] {
  const onEvery: number[] = [];
  const onSome = new Map<string, number[]>();
  acts.forEach((act, i) => {
    if (act.claims === null) {
      onEvery.push(i);
      return;
    }
    for (const claim of act.claims) {
      const debt = debtOf.get(claim);
      if (debt === undefined) continue;
      const positions = onSome.get(debt);
      if (!positions) onSome.set(debt, [i]);
      else if (positions.at(-1) !== i) positions.push(i);
    }
  });
  const every = onEvery.map((i) => acts[i]!);
  const found = new Map<string, readonly Act[]>();
  return (debt) => {
    const some = onSome.get(debt);
    if (!some) return every;
    let reaching = found.get(debt);
    if (!reaching) found.set(debt, (reaching = inOrder(onEvery, some).map((i) => acts[i]!)));
    return reaching;
  };
}

/** Two ascending lists of distinct positions as one ascending list. */
function inOrder(a: readonly number[], b: readonly number[]): readonly number[] {
  if (a.length === 0) return b;
  const out: number[] = [];
  let [i, j] = [0, 0];
  while (i < a.length || j < b.length) out.push(j === b.length || (i < a.length && a[i]! < b[j]!) ? a[i++]! : b[j++]!);
  return out;
}
