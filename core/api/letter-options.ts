import type { LetterSettings } from '../letters/settings.js';
import { letterSettingsFromApp } from '../settings/letter-settings.js';
import { readAppSettings } from '../settings/settings-store.js';
import type { Store } from '../store/open.js';

/** What every letter the app writes takes from the Settings screen: letterhead, firm, lawyer, account, templates folder. */
export async function letterOptions(store: Store): Promise<{ settings: LetterSettings; templatesDir?: string }> {
  const app = readAppSettings(store);
  const settings = await letterSettingsFromApp(store, app);
  return app.templatesDir ? { settings, templatesDir: app.templatesDir } : { settings };
}
