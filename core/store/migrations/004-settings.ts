/**
 * The app's settings (letterhead, firm, lawyer, payment account, default locale, templates folder): one row
 * per key, each value JSON checked by core/settings/app-settings.ts on every read and write.
 */
export const sql = `
CREATE TABLE settings (
  key        TEXT PRIMARY KEY,
  value      TEXT NOT NULL CHECK (json_valid(value)),
  updated_at TEXT NOT NULL
);
`;
