import { z } from 'zod';
import { settingsPatchShape } from '../settings/app-settings.js';
import { readAppSettings, setLogo, setSenderLogo, updateAppSettings } from '../settings/settings-store.js';
import { readBlob } from '../store/blobs.js';
import type { Store } from '../store/open.js';
import { base64 } from './base64.js';
import { handler } from './handler.js';

async function withLogo(store: Store, settings = readAppSettings(store)) {
  const logo = settings.letterhead?.logo;
  const bytes = logo ? await readBlob(store.blobDir, logo.sha256).catch(() => undefined) : undefined;
  return { settings, logo: logo && bytes ? { type: logo.type, bytes: bytes.toString('base64') } : null };
}

export const settingsHandlers = {
  /** The settings with the logo's bytes, for the Settings screen. */
  'settings/get': handler(z.object({}), ({ store }) => withLogo(store)),

  /** Replaces the settings given (null removes one), checked as a whole and saved in one transaction. */
  'settings/update': handler(settingsPatchShape, ({ store }, patch) => withLogo(store, updateAppSettings(store, patch))),

  /** Stores a PNG or JPEG as the letterhead's logo (null removes it). */
  'settings/logo': handler(z.object({ bytes: base64.nullable() }), async ({ store }, args) =>
    withLogo(store, await setLogo(store, args.bytes === null ? null : Buffer.from(args.bytes, 'base64'))),
  ),

  /** Stores a PNG or JPEG as one sender's logo, printed on that sender's letters only (null removes it). */
  'settings/sender-logo': handler(
    z.object({ sender: z.string().min(1).max(40), bytes: base64.nullable() }),
    async ({ store }, args) =>
      withLogo(store, await setSenderLogo(store, args.sender, args.bytes === null ? null : Buffer.from(args.bytes, 'base64'))),
  ),
};
