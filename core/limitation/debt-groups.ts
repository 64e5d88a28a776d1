import type { Claim } from '../case/schema.js';
import type { DebtGroup } from './types.js';
import type { LimitationWording } from './wording.js';

/**
 * Claims grouped into debts: claims sharing `instalmentOf` are instalments of one debt whose limitation runs
 * from the last instalment's due date (民法典 第189条); any other claim is a debt of its own.
 */
export function debtGroups(claims: readonly Claim[], words: LimitationWording): DebtGroup[] {
  const groups: DebtGroup[] = [];
  const byClaim = new Map<string, DebtGroup>();
  const byInstalments = new Map<string, DebtGroup>();
  for (const claim of claims) {
    const single = claim.instalmentOf === undefined;
    const key = single ? claim.id : claim.instalmentOf!;
    const keyed = single ? byClaim : byInstalments;
    const group = keyed.get(key);
    if (!group) {
      const added = {
        label: single ? words.claimLabel(key) : words.instalmentsLabel(key),
        claims: [claim.id],
        dueDate: claim.dueDate,
      };
      keyed.set(key, added);
      groups.push(added);
    } else {
      group.claims.push(claim.id);
      if (claim.dueDate > group.dueDate) group.dueDate = claim.dueDate;
    }
  }
  if (groups.length > 1) groups.sort((a, b) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : 0));
  return groups;
}
