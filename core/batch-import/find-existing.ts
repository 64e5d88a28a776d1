import type { Database } from 'better-sqlite3';

/**
 * The case an earlier import made for this key (docs/import.md), found through the indexed columns every
 * case has — so a case imported from a JSON case file with the same contract number counts too.
 */
export function existingCaseFinder(db: Database): (key: string) => number | undefined {
  // A deleted case is in the bin, not on file: a new import of the same debt makes a new case.
  const byContract = db.prepare('SELECT id FROM cases WHERE contract_number = ? AND deleted_at IS NULL ORDER BY id LIMIT 1');
  const byIdAndClaim = db.prepare(
    `SELECT p.case_id AS id FROM case_parties p JOIN cases c ON c.id = p.case_id
     WHERE p.role = 'debtor' AND p.id_number = ? AND c.deleted_at IS NULL
       AND EXISTS (SELECT 1 FROM json_each(c.document, '$.claims') cl WHERE json_extract(cl.value, '$.id') = ?)
     ORDER BY p.case_id LIMIT 1`,
  );
  return (key) => {
    const [kind, first, ...rest] = key.split(':');
    const row = (kind === 'contract' ? byContract.get([first, ...rest].join(':')) : byIdAndClaim.get(first, rest.join(':'))) as
      { id: number } | undefined;
    return row?.id;
  };
}
