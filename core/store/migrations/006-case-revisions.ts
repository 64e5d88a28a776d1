/**
 * Every change of a case is kept as a revision, written in the same transaction as the change, so a change can
 * be undone and any earlier state restored. A case can be archived or deleted and brought back.
 *
 * `parent` is the revision the state was derived from; undo walks back along it. `files` lists the stored files
 * the document names (path, sha256, size), since the blobs outlive the rows that name them.
 * A case that existed before this migration starts its history with one `migrated` revision.
 */
export const sql = `
CREATE TABLE case_revisions (
  case_id       INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
  revision      INTEGER NOT NULL CHECK (revision >= 1),
  parent        INTEGER,
  change        TEXT NOT NULL,
  restored_from INTEGER,
  document      TEXT NOT NULL CHECK (json_valid(document)),
  files         TEXT NOT NULL CHECK (json_valid(files)),
  created_at    TEXT NOT NULL,
  PRIMARY KEY (case_id, revision)
);

INSERT INTO case_revisions (case_id, revision, parent, change, document, files, created_at)
SELECT c.id, 1, NULL, 'migrated', c.document,
       (SELECT json_group_array(json_object('path', f.path, 'sha256', f.sha256, 'size', b.size))
          FROM case_files f JOIN blobs b USING (sha256) WHERE f.case_id = c.id),
       c.updated_at
FROM cases c;

ALTER TABLE cases ADD COLUMN archived_at TEXT;
ALTER TABLE cases ADD COLUMN deleted_at TEXT;
`;
