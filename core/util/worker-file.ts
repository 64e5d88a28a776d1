import { existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PROJECT_ROOT } from '../project-root.js';

/**
 * The compiled worker module `name` beside the module at `moduleUrl` (its `import.meta.url`). When that module
 * runs from source under a TS loader (tests), workers still need compiled JavaScript: the same folder in dist/.
 */
export function workerFileBeside(moduleUrl: string, name: string): string {
  const folder = dirname(fileURLToPath(moduleUrl));
  const here = join(folder, name);
  return existsSync(here) ? here : join(PROJECT_ROOT, 'dist', relative(PROJECT_ROOT, folder), name);
}
