/**
 * Where each case stands on its escalation ladder (docs/ladder.md). The case's events are the record of
 * every step taken; these columns are what `casepack due` computed from them last, so that the app and
 * queries can list cases by stage or by due date without reading every case document.
 */
export const sql = `
CREATE TABLE case_ladder (
  case_id     INTEGER PRIMARY KEY REFERENCES cases(id) ON DELETE CASCADE,
  ladder      TEXT NOT NULL,
  stage       TEXT,
  stage_on    TEXT,
  next_step   TEXT,
  next_due_on TEXT,
  updated_at  TEXT NOT NULL
);
CREATE INDEX case_ladder_next_due_on ON case_ladder(next_due_on);
`;
