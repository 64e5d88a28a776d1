/** Cases as documents (the case file as imported), the files they name, and the content-addressed blobs. */
export const sql = `
CREATE TABLE cases (
  id         INTEGER PRIMARY KEY,
  uid        TEXT NOT NULL UNIQUE,
  title      TEXT NOT NULL,
  locale     TEXT NOT NULL,
  currency   TEXT NOT NULL,
  document   TEXT NOT NULL CHECK (json_valid(document)),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

CREATE TABLE blobs (
  sha256     TEXT PRIMARY KEY CHECK (length(sha256) = 64),
  size       INTEGER NOT NULL CHECK (size >= 0),
  created_at TEXT NOT NULL
);

CREATE TABLE case_files (
  case_id   INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
  json_path TEXT NOT NULL,
  path      TEXT NOT NULL,
  sha256    TEXT NOT NULL REFERENCES blobs(sha256),
  PRIMARY KEY (case_id, json_path)
);
CREATE INDEX case_files_sha256 ON case_files(sha256);
`;
