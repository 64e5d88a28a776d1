import { userInfo } from 'node:os';
import { readAppSettings } from '../settings/settings-store.js';
import type { Store } from '../store/open.js';

/** Who made an output: the lawyer named in Settings, else the name of the user logged in to this computer. */
export function madeBy(store: Store): string {
  const lawyer = readAppSettings(store).lawyer?.name?.trim();
  if (lawyer) return lawyer;
  try {
    return userInfo().username;
  } catch {
    // A user with no entry in the system's user list (a container's numeric user).
    return '';
  }
}
