// `npm run demo`: the main job on the bundled examples — check each case, store it, compute what is owed,
// write its first letter as PDF and DOCX, export its evidence bundle and courier receipts, and check them.
// Everything goes into .casepack-demo/ (made afresh each run).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const out = join(root, '.casepack-demo');
const db = join(out, 'casepack.db');
const asOf = '2026-11-22';
rmSync(out, { recursive: true, force: true });

function casepack(...args) {
  console.log(`\n$ casepack ${args.join(' ')}`);
  const result = spawnSync(process.execPath, [join(root, 'cli', 'casepack.js'), ...args], { stdio: 'inherit', cwd: root });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

/**
 * The letter each example's first demand uses: its first mailing's template, dated the day it was sent (a demand
 * dated after the example's judgment took effect is refused: the next step then is enforcement).
 */
function firstLetter(caseFile) {
  const data = JSON.parse(readFileSync(join(root, caseFile), 'utf8'));
  const first = data.mailings[0];
  return { mailings: data.mailings.map((m) => m.id), template: first?.document ?? 'demand-letter', date: first?.sentOn ?? asOf };
}

for (const name of readdirSync(join(root, 'examples')).sort().reverse()) {
  const caseFile = join('examples', name, 'case.json');
  const dir = join(out, name);
  const { mailings, template, date } = firstLetter(caseFile);
  casepack('validate', caseFile);
  casepack('import', caseFile, '--db', db);
  casepack('calc', caseFile, '--as-of', asOf);
  const settings = join('examples', name, 'letter-settings.json');
  const withSettings = existsSync(join(root, settings)) ? ['--settings', settings] : [];
  casepack('letter', caseFile, '--template', template, '--as-of', date, '--out', dir, ...withSettings);
  casepack('bundle', caseFile, '--out', join(dir, 'evidence-bundle.pdf'));
  casepack('preflight', join(dir, 'evidence-bundle.pdf'));
  casepack('verify', join(dir, 'evidence-bundle.pdf'), '--sources', join('examples', name));
  // The examples keep no copy of the letters they mailed: their courier bundles are reconstructions, marked so.
  for (const mailing of mailings)
    casepack(
      'courier',
      caseFile,
      '--mailing',
      mailing,
      '--out',
      join(dir, `courier-${mailing}.pdf`),
      '--reconstruct',
      ...withSettings,
    );
}
casepack('list', '--db', db);
console.log(`\nDemo output (letters, bundles, database) is in ${out}`);
