// `npm run demo`: the main job on the bundled examples, into a fresh database under .casepack-demo/.
import { spawnSync } from 'node:child_process';
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const out = join(root, '.casepack-demo');
const db = join(out, 'casepack.db');
rmSync(out, { recursive: true, force: true });

function casepack(...args) {
  console.log(`\n$ casepack ${args.join(' ')}`);
  const result = spawnSync(process.execPath, [join(root, 'cli', 'casepack.js'), ...args], { stdio: 'inherit', cwd: root });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const examples = readdirSync(join(root, 'examples')).map((name) => join('examples', name, 'case.json'));
for (const example of examples) casepack('validate', example);
for (const example of examples) casepack('import', example, '--db', db);
casepack('list', '--db', db);
casepack('export', '1', '--db', db, '--out', join(out, 'export-1'));
console.log(`\nDemo output is in ${out}`);
