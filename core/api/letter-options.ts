import type { LetterSettings } from '../letters/settings.js';
import type { Sender } from '../senders/sender.js';
import { letterSettingsFromApp, senderSettings } from '../settings/letter-settings.js';
import { readAppSettings } from '../settings/settings-store.js';
import type { Store } from '../store/open.js';
import { ApiArgumentError } from './api-error.js';

/**
 * What every letter the app writes takes from the Settings screen: letterhead, firm, lawyer, account, templates
 * folder. With `senderId`, that sender's letterhead (and for a law firm its firm and lawyer) replace Settings'.
 */
export async function letterOptions(
  store: Store,
  senderId?: string,
): Promise<{ settings: LetterSettings; templatesDir?: string; sender?: Sender }> {
  const app = readAppSettings(store);
  const base = await letterSettingsFromApp(store, app);
  const sender = senderId === undefined ? undefined : app.senders?.find((s) => s.id === senderId || s.name === senderId);
  if (senderId !== undefined && !sender)
    throw new ApiArgumentError(`sender: no sender "${senderId}" in Settings; choose one of those listed`, ['sender']);
  const settings = sender ? { ...base, ...(await senderSettings(store, sender)) } : base;
  return { settings, ...(app.templatesDir && { templatesDir: app.templatesDir }), ...(sender && { sender }) };
}
