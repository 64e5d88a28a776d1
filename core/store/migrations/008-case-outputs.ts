import type { Database } from 'better-sqlite3';

/**
 * Every document CasePack made for a case and kept with it: letters (PDF and DOCX), evidence bundles and
 * courier bundles, each a blob in the store with who made it and when. The letters a batch already recorded
 * on a mailing (its `letter` and `letterSha256`) become the first rows, dated by the mailing.
 * Self-contained on purpose: a migration must not change when the code around it does.
 */
export function run(db: Database): void {
  db.exec(`
CREATE TABLE case_outputs (
  id               INTEGER PRIMARY KEY,
  case_id          INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
  kind             TEXT NOT NULL CHECK (kind IN ('letter', 'evidence-bundle', 'courier-bundle')),
  file_name        TEXT NOT NULL CHECK (length(file_name) BETWEEN 1 AND 255),
  sha256           TEXT NOT NULL REFERENCES blobs(sha256),
  made_at          TEXT NOT NULL,
  made_by          TEXT NOT NULL,
  template         TEXT,
  template_version TEXT,
  letter_no        TEXT,
  mailing          TEXT
);
CREATE INDEX case_outputs_case ON case_outputs(case_id, made_at);
`);
  const mailed = db
    .prepare(
      `SELECT c.id AS caseId, m.value AS mailing
         FROM cases c, json_each(c.document, '$.mailings') m
        WHERE json_extract(m.value, '$.letter') IS NOT NULL AND json_extract(m.value, '$.letterSha256') IS NOT NULL`,
    )
    .all() as { caseId: number; mailing: string }[];
  const known = db.prepare('SELECT 1 FROM blobs WHERE sha256 = ?');
  const insert = db.prepare(
    `INSERT INTO case_outputs (case_id, kind, file_name, sha256, made_at, made_by, template, template_version, letter_no, mailing)
     VALUES (?, 'letter', ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const row of mailed) {
    const m = JSON.parse(row.mailing) as Record<string, unknown>;
    const text = (v: unknown) => (typeof v === 'string' && v !== '' ? v : null);
    const sha256 = text(m.letterSha256);
    if (!sha256 || !known.get(sha256)) continue;
    const name = String(m.letter).split('/').pop()!;
    insert.run(
      row.caseId,
      name,
      sha256,
      text(m.sentOn) ?? '',
      text(m.sender) ?? '',
      text(m.document),
      text(m.templateVersion),
      text(m.letterNo),
      text(m.id),
    );
  }
}
