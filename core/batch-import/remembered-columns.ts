import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import { ROW_FIELDS, type RowField } from './columns.js';

/**
 * The column mapping last used for a creditor's files, so that the next file from the same bank maps itself.
 * Kept in the `settings` table under `import-columns:<creditor name>` (the app settings read only their own keys).
 */
const stored = z.partialRecord(z.enum(ROW_FIELDS), z.string().min(1));
const key = (creditor: string) => `import-columns:${creditor.trim()}`;

export function rememberedColumns(db: Database, creditor: string): Partial<Record<RowField, string>> | undefined {
  const row = db.prepare('SELECT value FROM settings WHERE key = ?').get(key(creditor)) as { value: string } | undefined;
  if (!row) return undefined;
  const parsed = stored.safeParse(JSON.parse(row.value));
  return parsed.success ? parsed.data : undefined; // a damaged entry is only a lost convenience
}

export function rememberColumns(db: Database, creditor: string, mapping: Partial<Record<RowField, string>>): void {
  db.prepare(
    `INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?)
     ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
  ).run(key(creditor), JSON.stringify(stored.parse(mapping)), new Date().toISOString());
}
