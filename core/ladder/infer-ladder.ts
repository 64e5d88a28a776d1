import type { CaseFile } from '../case/schema.js';

/**
 * The ladder a case follows when nobody chose one: property fees by their contract or claims, business
 * debtors on the B2B ladder, everyone else on the card-debt ladder.
 */
export function inferLadder(data: CaseFile): string {
  const words = [data.contract?.title ?? '', ...data.claims.map((c) => c.description)].join(' ');
  if (/物业|property fee|service charge/i.test(words)) return 'property-fee';
  const debtor = data.debtors.find((d) => d.role === 'debtor');
  return debtor?.kind === 'company' ? 'b2b-invoice' : 'card-debt';
}
