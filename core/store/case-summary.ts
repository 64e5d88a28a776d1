import type { CaseFile } from '../case/schema.js';

export interface PartyRow {
  role: 'creditor' | 'debtor' | 'guarantor' | 'agent';
  position: number;
  name: string;
  idNumber: string | null;
}

/** The parties of a case as rows of `case_parties`: what search and de-duplication look at. */
export function partyRows(data: CaseFile): PartyRow[] {
  const rows: PartyRow[] = [
    { role: 'creditor', position: 0, name: data.creditor.name, idNumber: data.creditor.idNumber ?? null },
  ];
  data.debtors.forEach((d, position) => rows.push({ role: d.role, position, name: d.name, idNumber: d.idNumber ?? null }));
  if (data.agent) rows.push({ role: 'agent', position: 0, name: data.agent.name, idNumber: data.agent.idNumber ?? null });
  return rows;
}
