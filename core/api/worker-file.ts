import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PROJECT_ROOT } from '../project-root.js';

/** A compiled worker module of core/api beside this one; when the source runs under a TS loader (tests), the build in dist/. */
export function apiWorkerFile(name: string): string {
  const here = fileURLToPath(new URL(`./${name}`, import.meta.url));
  return existsSync(here) ? here : join(PROJECT_ROOT, 'dist', 'core', 'api', name);
}
