import { homedir } from 'node:os';
import { isAbsolute, join } from 'node:path';

/**
 * The user's data folder: the same folder Electron's `app.getPath('userData')` gives the desktop app, so
 * that the CLI and the app share one database. `CASEPACK_DATA_DIR` overrides it (tests, portable use).
 * An empty or relative `XDG_CONFIG_HOME` counts as unset, as the XDG spec says: it must never put the
 * database in whatever folder the command happens to run in.
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (env.CASEPACK_DATA_DIR) return env.CASEPACK_DATA_DIR;
  if (platform === 'win32') return join(env.APPDATA || join(homedir(), 'AppData', 'Roaming'), 'CasePack');
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'CasePack');
  const xdg = env.XDG_CONFIG_HOME;
  return join(xdg && isAbsolute(xdg) ? xdg : join(homedir(), '.config'), 'CasePack');
}

export function defaultDatabasePath(env: NodeJS.ProcessEnv = process.env): string {
  return join(defaultDataDir(env), 'casepack.db');
}
