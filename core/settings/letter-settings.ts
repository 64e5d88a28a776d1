import type { LetterSettings } from '../letters/settings.js';
import { readBlob } from '../store/blobs.js';
import type { Store } from '../store/open.js';
import { senderLetterSettings, type Sender } from '../senders/sender.js';
import type { AppSettings } from './app-settings.js';
import type { StoredLogo } from './stored-logo.js';
import { readAppSettings, SettingsError } from './settings-store.js';

/** What letters need from the app settings: the letterhead (with its logo's bytes), firm, lawyer and account. */
export async function letterSettingsFromApp(
  store: Store,
  settings: AppSettings = readAppSettings(store),
): Promise<LetterSettings> {
  const { letterhead, firm, lawyer, account } = settings;
  const result: LetterSettings = { ...(firm && { firm }), ...(lawyer && { lawyer }), ...(account && { account }) };
  if (letterhead) {
    const { logo, ...head } = letterhead;
    result.letterhead = head;
    if (logo) result.letterhead.logo = await logoBytes(store, logo, 'letterhead.logo');
  }
  return result;
}

/** What a letter takes from its sender (core/senders), with the bytes of the sender's own logo when it has one. */
export async function senderSettings(store: Store, sender: Sender) {
  const settings = senderLetterSettings(sender);
  if (sender.logo) settings.letterhead!.logo = await logoBytes(store, sender.logo, `senders.${sender.id}.logo`);
  return settings;
}

async function logoBytes(store: Store, logo: StoredLogo, field: string): Promise<Uint8Array> {
  const bytes = await readBlob(store.blobDir, logo.sha256).catch(() => {
    throw new SettingsError(`${field}: the stored logo is missing or has changed; upload the logo again`);
  });
  return new Uint8Array(bytes);
}
