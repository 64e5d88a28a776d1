import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The folder that holds CasePack's package.json, found by walking up from this module: the same answer
 * whether the code runs from source (tests), from `dist/` (CLI) or from the packaged app.
 */
function findProjectRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, 'package.json');
    if (existsSync(candidate) && (JSON.parse(readFileSync(candidate, 'utf8')) as { name?: string }).name === 'casepack-app')
      return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error('cannot find CasePack package.json above ' + fileURLToPath(import.meta.url));
    dir = parent;
  }
}

export const PROJECT_ROOT = findProjectRoot();

/** The tool version, from package.json: recorded in every manifest CasePack writes. */
export const TOOL_VERSION = (JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
