import type { LetterSettings } from '../letters/settings.js';
import { readBlob } from '../store/blobs.js';
import type { Store } from '../store/open.js';
import type { AppSettings } from './app-settings.js';
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
    if (logo) {
      const bytes = await readBlob(store.blobDir, logo.sha256).catch(() => {
        throw new SettingsError('letterhead.logo: the stored logo is missing or has changed; upload the logo again');
      });
      result.letterhead.logo = new Uint8Array(bytes);
    }
  }
  return result;
}
