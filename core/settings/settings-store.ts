import { StoreError } from '../errors.js';
import { storeBlobBytes } from '../store/blobs.js';
import type { Store } from '../store/open.js';
import type { Sender } from '../senders/sender.js';
import type { StoredLogo } from './stored-logo.js';
import { appSettingsShape, SETTING_KEYS, type AppSettings, type SettingKey, type SettingsPatch } from './app-settings.js';

/** A stored setting no longer passes its schema (edited by hand, or written by a newer CasePack). */
export class SettingsError extends StoreError {
  override name = 'SettingsError';
}

function isSettingKey(key: string): key is SettingKey {
  return (SETTING_KEYS as string[]).includes(key);
}

/** Reads every setting, checking each value against its schema; a bad row is named by its key. */
export function readAppSettings(store: Store): AppSettings {
  const rows = store.db.prepare('SELECT key, value FROM settings ORDER BY key').all() as { key: string; value: string }[];
  const raw: Record<string, unknown> = {};
  for (const row of rows) if (isSettingKey(row.key)) raw[row.key] = JSON.parse(row.value);
  const parsed = appSettingsShape.safeParse(raw);
  if (!parsed.success)
    throw new SettingsError(
      `${store.db.name}: settings ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')} (fix it on the Settings screen)`,
    );
  return parsed.data;
}

/** Applies a change in one transaction: the result is checked as a whole before anything is written. */
export function updateAppSettings(store: Store, patch: SettingsPatch): AppSettings {
  return store.db
    .transaction(() => {
      const current = readAppSettings(store);
      const next = new Map<string, unknown>(Object.entries(current));
      for (const key of SETTING_KEYS) {
        const value = patch[key];
        if (value === null) next.delete(key);
        else if (value !== undefined) next.set(key, value);
      }
      if (patch.letterhead && current.letterhead?.logo)
        next.set('letterhead', { ...patch.letterhead, logo: current.letterhead.logo });
      if (patch.senders)
        next.set(
          'senders',
          patch.senders.map((sender) => keepSenderLogo(sender, current.senders)),
        );
      return writeAll(store, Object.fromEntries(next));
    })
    .immediate();
}

/** Stores a logo (PNG or JPEG bytes) as a blob and names it in the letterhead; `null` removes the logo. */
export async function setLogo(store: Store, bytes: Uint8Array | null): Promise<AppSettings> {
  const logo = bytes === null ? undefined : await storeLogo(store, bytes);
  return store.db
    .transaction(() => {
      const current = readAppSettings(store);
      if (!current.letterhead) throw new SettingsError('letterhead.name: set the letterhead name before adding a logo');
      const head = { name: current.letterhead.name, lines: current.letterhead.lines };
      if (logo) registerBlob(store, logo);
      return writeAll(store, { ...current, letterhead: logo ? { ...head, logo: logo.stored } : head });
    })
    .immediate();
}

/** Stores a logo for one sender (by id), printed on its letters only; `null` removes it. */
export async function setSenderLogo(store: Store, senderId: string, bytes: Uint8Array | null): Promise<AppSettings> {
  const logo = bytes === null ? undefined : await storeLogo(store, bytes);
  return store.db
    .transaction(() => {
      const current = readAppSettings(store);
      const senders = current.senders ?? [];
      if (!senders.some((s) => s.id === senderId)) throw new SettingsError(`senders: no sender ${senderId}; add it first`);
      if (logo) registerBlob(store, logo);
      const withLogo = senders.map((s) => {
        if (s.id !== senderId) return s;
        const rest = { ...s };
        delete rest.logo;
        return logo ? { ...rest, logo: logo.stored } : rest;
      });
      return writeAll(store, { ...current, senders: withLogo });
    })
    .immediate();
}

/** A sender as changed in Settings keeps the logo stored for it: a change never sets or drops a logo. */
function keepSenderLogo(sender: Sender, current: readonly Sender[] | undefined): Sender {
  const rest = { ...sender };
  delete rest.logo;
  const logo = current?.find((s) => s.id === sender.id)?.logo;
  return logo ? { ...rest, logo } : rest;
}

async function storeLogo(store: Store, bytes: Uint8Array) {
  const type = imageType(bytes);
  const blob = await storeBlobBytes(store.blobDir, bytes);
  return { stored: { sha256: blob.sha256, type }, size: blob.size };
}

function registerBlob(store: Store, logo: { stored: StoredLogo; size: number }): void {
  store.db
    .prepare('INSERT OR IGNORE INTO blobs (sha256, size, created_at) VALUES (?, ?, ?)')
    .run(logo.stored.sha256, logo.size, new Date().toISOString());
}

function imageType(bytes: Uint8Array): 'image/png' | 'image/jpeg' {
  if (bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47) return 'image/png';
  if (bytes[0] === 0xff && bytes[1] === 0xd8) return 'image/jpeg';
  throw new SettingsError('letterhead.logo: expected a PNG or JPEG image');
}

/** Call inside a transaction. */
function writeAll(store: Store, next: Record<string, unknown>): AppSettings {
  const parsed = appSettingsShape.safeParse(next);
  if (!parsed.success)
    throw new SettingsError(`settings ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  const now = new Date().toISOString();
  const upsert = store.db.prepare(
    'INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at',
  );
  const remove = store.db.prepare('DELETE FROM settings WHERE key = ?');
  for (const key of SETTING_KEYS) {
    const value = parsed.data[key];
    if (value === undefined) remove.run(key);
    else upsert.run(key, JSON.stringify(value), now);
  }
  return parsed.data;
}
