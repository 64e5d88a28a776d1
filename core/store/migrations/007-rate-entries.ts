/**
 * LPR and Bank Rate values a user added (Settings › Rates, `casepack rates add|import`) for the months after
 * the bundled data/ files end; the calculations use them over the bundled history. `rate` is a decimal
 * fraction as text ("0.0300" for 3 %), checked by core/rates/rate-entry.ts before it is written.
 */
export const sql = `
CREATE TABLE rate_entries (
  series     TEXT NOT NULL CHECK (series IN ('lpr', 'boe')),
  from_date  TEXT NOT NULL,
  rate       TEXT NOT NULL,
  source     TEXT NOT NULL,
  added_at   TEXT NOT NULL,
  PRIMARY KEY (series, from_date)
);
`;
