// The wording guard on its labelled corpus (test/compliance-corpus): recall and false-positive rate per
// category and overall, for the tuned splits and each held-out round (HELD_OUT_ROUNDS); then the time to check a 3-page letter
// (Chinese ~4,500 characters, English ~9,000), median of 50 runs after the segmenter is loaded.
// Targets: recall ≥ 95%, false positives ≤ 3%, a 3-page letter in under 50 ms.
// Run: npm run build && node bench/wording-guard.bench.mjs
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { checkWording } from '../dist/core/compliance/check-wording.js';
import { HELD_OUT_ROUNDS, readCorpus, scoreCorpus } from '../dist/core/compliance/corpus-score.js';

const DIR = new URL('../test/compliance-corpus/', import.meta.url).pathname;
const files = readdirSync(DIR).filter((f) => f.endsWith('.tsv'));
const heldOut = (f) => Object.keys(HELD_OUT_ROUNDS).some((prefix) => f.startsWith(prefix));
const read = (names) => names.flatMap((f) => readCorpus(join(DIR, f)));
const pct = (n, d) => (d === 0 ? '   -  ' : `${((100 * n) / d).toFixed(1).padStart(5)}%`);

const loadStart = performance.now();
checkWording('加载分词词典。');
const loadMs = performance.now() - loadStart;

// A held-out round's sentences are not printed: reading them would make them tuned. `--only=tuned,dev8` prints
// those splits' figures alone (matched by name).
const only = process.argv
  .find((a) => a.startsWith('--only='))
  ?.slice('--only='.length)
  .split(',');
const splits = [
  ['tuned (tune + dev rounds read)', read(files.filter((f) => !heldOut(f))), true],
  ...Object.keys(HELD_OUT_ROUNDS).map((prefix) => [
    `held out, ${prefix.replace(/-$/, '')} (not read)`,
    read(files.filter((f) => f.startsWith(prefix))),
    false,
  ]),
].filter(([name]) => !only || only.some((part) => name.includes(part.replace(/-$/, ''))));
for (const [name, rows, show] of splits) {
  const s = scoreCorpus(rows);
  console.log(`\n${name}: ${rows.length} sentences`);
  console.log('  category               caught/total  recall');
  for (const [category, c] of Object.entries(s.byCategory))
    console.log(
      `  ${category.padEnd(22)} ${String(c.caught).padStart(5)}/${String(c.total).padEnd(5)}  ${pct(c.caught, c.total)}`,
    );
  console.log(
    `  ${'overall recall'.padEnd(22)} ${String(s.abusive.caught).padStart(5)}/${String(s.abusive.total).padEnd(5)}  ${pct(s.abusive.caught, s.abusive.total)}`,
  );
  console.log(
    `  ${'false positives'.padEnd(22)} ${String(s.lawful.flagged).padStart(5)}/${String(s.lawful.total).padEnd(5)}  ${pct(s.lawful.flagged, s.lawful.total)}`,
  );
  if (!show) continue;
  for (const r of s.missed) console.log(`    missed   ${r.at.replace(DIR, '')}  ${r.text}`);
  for (const r of s.falsePositives) console.log(`    flagged  ${r.at.replace(DIR, '')}  ${r.text}`);
}

// A 3-page letter: the shipped templates' words, repeated to length.
const template = (path) => readFileSync(new URL(`../templates/${path}/template.txt`, import.meta.url), 'utf8');
const toLength = (text, n) => text.repeat(Math.ceil(n / text.length)).slice(0, n);
const letters = {
  'zh-CN 3 pages (4,500 chars)': toLength(template('zh-CN/demand-letter') + template('zh-CN/lawyer-letter'), 4500),
  'en-GB 3 pages (9,000 chars)': toLength(template('en-GB/letter-before-claim'), 9000),
};
console.log(`\nsegmenter load (once per process): ${loadMs.toFixed(0)} ms`);
for (const [name, text] of Object.entries(letters)) {
  for (let i = 0; i < 5; i++) checkWording(text);
  const times = [];
  for (let i = 0; i < 50; i++) {
    const t = performance.now();
    checkWording(text);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  console.log(`${name}: median ${times[25].toFixed(1)} ms, slowest ${times[49].toFixed(1)} ms (target < 50 ms)`);
}
