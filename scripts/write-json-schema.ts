/** Regenerates docs/case.schema.json from the zod schema (`npm run schema`); a test keeps the two equal. */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { caseJsonSchema } from '../core/case/json-schema.js';
import { PROJECT_ROOT } from '../core/project-root.js';

const target = join(PROJECT_ROOT, 'docs', 'case.schema.json');
await writeFile(target, `${JSON.stringify(caseJsonSchema(), null, 2)}\n`);
console.log(`wrote ${target}`);
