import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../core/project-root.js';

/** The case.json of every bundled example. */
export const EXAMPLE_CASES: string[] = readdirSync(join(PROJECT_ROOT, 'examples'), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => join(PROJECT_ROOT, 'examples', d.name, 'case.json'));
