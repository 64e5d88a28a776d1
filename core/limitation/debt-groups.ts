import type { Claim } from '../case/schema.js';
import type { DebtGroup } from './types.js';

/**
 * Claims grouped into debts: claims sharing `instalmentOf` are instalments of one debt whose limitation runs
 * from the last instalment's due date (民法典 第189条); any other claim is a debt of its own.
 */
export function debtGroups(claims: readonly Claim[]): DebtGroup[] {
  const groups = new Map<string, DebtGroup>();
  for (const claim of claims) {
    const key = claim.instalmentOf === undefined ? `claim:${claim.id}` : `instalments:${claim.instalmentOf}`;
    const group = groups.get(key);
    if (!group) {
      const label = claim.instalmentOf === undefined ? `claim ${claim.id}` : `instalments ${claim.instalmentOf}`;
      groups.set(key, { label, claims: [claim.id], dueDate: claim.dueDate });
    } else {
      group.claims.push(claim.id);
      if (claim.dueDate > group.dueDate) group.dueDate = claim.dueDate;
    }
  }
  return [...groups.values()].sort((a, b) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : 0));
}
