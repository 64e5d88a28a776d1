// Fuzzes the real CLI entry point (`main` of dist/cli/main.js, in worker processes) with mutations of the
// repository's own fixtures: case files, evidence PDFs and images, a bundle, DOCX, CSV and XLSX batches.
// For each input: exit 0 or 1, one line on stderr when 1, no stack trace, no crash, no hang past the time
// limit, peak memory under 1.5 GB, nothing left at --out on failure. Seeded: the same seed gives the same
// inputs; a failing input is saved (with the command) under --save for replay with --replay FILE.
// Run: npm run build && node bench/fuzz.bench.mjs [--count 10000] [--seed 1] [--save DIR]
import { fork } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Buffer } from 'node:buffer';
import { performance } from 'node:perf_hooks';
import { clearTimeout, setTimeout } from 'node:timers';
import { TextEncoder } from 'node:util';
import { zipSync } from 'fflate';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const TIME_LIMIT_MS = 30_000;
const RSS_LIMIT = 1.5 * 1024 * 1024 * 1024;
const arg = (name, fallback) => {
  const at = process.argv.indexOf(`--${name}`);
  return at < 0 ? fallback : process.argv[at + 1];
};

/** mulberry32: a small seeded generator, the same numbers on every machine. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const EXAMPLES = readdirSync(join(ROOT, 'examples')).map((d) => join(ROOT, 'examples', d));
const exampleFiles = (pattern) =>
  EXAMPLES.flatMap((d) =>
    readdirSync(join(d, 'evidence'))
      .filter((f) => pattern.test(f))
      .map((f) => join(d, 'evidence', f)),
  );

function docx() {
  const xml =
    '<?xml version="1.0"?><w:document><w:body><w:p><w:r><w:t>请于七日内支付货款人民币 10,000.00 元。</w:t></w:r></w:p></w:body></w:document>';
  return zipSync({
    '[Content_Types].xml': new TextEncoder().encode('<Types/>'),
    'word/document.xml': new TextEncoder().encode(xml),
  });
}

async function xlsx(csvRows) {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Sheet1');
  for (const row of csvRows) sheet.addRow(row);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** Byte-level mutations: flips, cuts, repeats, splices of bytes from elsewhere, boundary numbers. */
function mutateBytes(rand, bytes) {
  let out = Buffer.from(bytes);
  const rounds = 1 + Math.floor(rand() * 4);
  for (let r = 0; r < rounds; r++) {
    const at = Math.floor(rand() * Math.max(1, out.length));
    const len = 1 + Math.floor(rand() * 64);
    switch (Math.floor(rand() * 6)) {
      case 0:
        for (let k = 0; k < len && at + k < out.length; k++) out[at + k] = Math.floor(rand() * 256);
        break;
      case 1:
        out = out.subarray(0, at);
        break;
      case 2:
        out = Buffer.concat([out.subarray(0, at), out.subarray(at, at + len * 16), out.subarray(at)]);
        break;
      case 3:
        out = Buffer.concat([out.subarray(0, at), out.subarray(at + len)]);
        break;
      case 4: {
        const from = Math.floor(rand() * Math.max(1, out.length));
        out = Buffer.concat([out.subarray(0, at), out.subarray(from, from + len), out.subarray(at)]);
        break;
      }
      default: {
        const token = [
          '-1',
          '0',
          '99999999999999999999',
          '1e308',
          'NaN',
          '"',
          '\\u0000',
          '[',
          '{',
          '<<',
          '>>',
          'obj',
          'R',
          '\u00ff',
        ][Math.floor(rand() * 14)];
        out = Buffer.concat([out.subarray(0, at), Buffer.from(token), out.subarray(at)]);
      }
    }
  }
  return out;
}

/** JSON-level mutations of a case file: a value replaced by another kind, a key dropped, an array repeated. */
function mutateJson(rand, text) {
  const data = JSON.parse(text);
  const odd = [null, -1, 0, 1e308, '', 'x'.repeat(5000), '2024-02-30', '0.001', '１２３', [], {}, true, '../../etc/hostname'];
  const rounds = 1 + Math.floor(rand() * 3);
  for (let r = 0; r < rounds; r++) {
    const path = [];
    let node = data;
    while (node && typeof node === 'object' && rand() < 0.8) {
      const keys = Object.keys(node);
      if (keys.length === 0) break;
      const key = keys[Math.floor(rand() * keys.length)];
      if (typeof node[key] !== 'object' || node[key] === null || rand() < 0.3) {
        path.push([node, key]);
        break;
      }
      node = node[key];
    }
    const last = path.at(-1);
    if (!last) continue;
    const [parent, key] = last;
    const choice = rand();
    if (choice < 0.6) parent[key] = odd[Math.floor(rand() * odd.length)];
    else if (choice < 0.8 && !Array.isArray(parent)) Reflect.deleteProperty(parent, key);
    else if (Array.isArray(parent[key])) parent[key] = Array.from({ length: 50 }, () => parent[key][0]);
  }
  return JSON.stringify(data);
}

/** Input `i` of seed `seed`: a folder with the files and the command line to run on them. */
async function makeInput(seed, i, dir) {
  const rand = random(seed * 1_000_003 + i);
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const example = pick(EXAMPLES);
  const kind = pick([
    'validate',
    'validate',
    'calc',
    'calc',
    'preflight',
    'preflight',
    'lint',
    'import-csv',
    'import-xlsx',
    'bundle',
  ]);
  const out = join(dir, 'out.pdf');
  if (kind === 'validate' || kind === 'calc' || kind === 'bundle') {
    cpSync(example, join(dir, 'case'), { recursive: true });
    const caseFile = join(dir, 'case', 'case.json');
    const text = readFileSync(caseFile, 'utf8');
    if (kind === 'bundle') {
      const evidence = readdirSync(join(dir, 'case', 'evidence'));
      const victim = join(dir, 'case', 'evidence', pick(evidence));
      writeFileSync(victim, mutateBytes(rand, readFileSync(victim)));
    } else writeFileSync(caseFile, rand() < 0.5 ? mutateJson(rand, text) : mutateBytes(rand, Buffer.from(text)));
    return kind === 'bundle'
      ? ['bundle', caseFile, '--out', out]
      : [kind, caseFile, '--as-of', '2025-06-30'].slice(0, kind === 'calc' ? 4 : 2);
  }
  if (kind === 'preflight') {
    const file = join(dir, 'in.pdf');
    writeFileSync(file, mutateBytes(rand, readFileSync(pick(exampleFiles(/\.pdf$/)))));
    return ['preflight', file];
  }
  if (kind === 'lint') {
    const file = join(dir, 'letter.docx');
    writeFileSync(file, mutateBytes(rand, docx()));
    return ['lint', file];
  }
  const { sampleBatchCsv, SAMPLE_HEADER, sampleRow } = await import(join(ROOT, 'dist/core/batch-import/sample-batch.js'));
  const db = join(dir, 'c.db');
  if (kind === 'import-csv') {
    const file = join(dir, 'batch.csv');
    writeFileSync(file, mutateBytes(rand, Buffer.from(sampleBatchCsv(5))));
    return ['import', file, '--db', db];
  }
  const file = join(dir, 'batch.xlsx');
  writeFileSync(file, mutateBytes(rand, await xlsx([SAMPLE_HEADER, ...Array.from({ length: 5 }, (_, r) => sampleRow(r))])));
  return ['import', file, '--db', db];
}

/** Runs one command line through the CLI's own entry point, capturing what it prints. */
async function runMain(argv) {
  const { main } = await import(join(ROOT, 'dist/cli/main.js'));
  let stderr = '';
  let stdout = '';
  const writeErr = process.stderr.write;
  const writeOut = process.stdout.write;
  const log = console.log;
  const warn = console.warn;
  process.stderr.write = (chunk) => ((stderr += String(chunk)), true);
  process.stdout.write = (chunk) => ((stdout += String(chunk)), true);
  console.log = (...a) => (stdout += a.join(' ') + '\n');
  console.warn = (...a) => (stderr += a.join(' ') + '\n');
  let exit;
  try {
    exit = await main(argv);
  } catch (error) {
    exit = 'threw';
    stderr += String(error?.stack ?? error);
  } finally {
    process.stderr.write = writeErr;
    process.stdout.write = writeOut;
    console.log = log;
    console.warn = warn;
  }
  return { exit, stderr, stdout };
}

/** What is wrong with one run, if anything. */
function problem(argv, run, outExists) {
  if (run.exit !== 0 && run.exit !== 1) return `exit ${run.exit}`;
  if (/\n\s+at |RangeError|TypeError|SyntaxError: Unexpected/.test(run.stderr)) return 'a stack trace or raw error';
  const errors = run.stderr.split('\n').filter((l) => l.startsWith('error:'));
  if (run.exit === 1 && errors.length !== 1) return `exit 1 with ${errors.length} error lines`;
  if (run.exit === 1 && argv[0] === 'bundle' && outExists) return 'output left at --out after a failure';
  return undefined;
}

async function child() {
  const [seed, from, to] = process.argv.slice(3).map(Number);
  for (let i = from; i < to; i++) {
    const dir = mkdtempSync(join(tmpdir(), 'casepack-fuzz-'));
    process.send({ type: 'start', i });
    const started = performance.now();
    const argv = await makeInput(seed, i, dir);
    const run = await runMain(argv);
    const outIndex = argv.indexOf('--out');
    const bad = problem(argv, run, outIndex > 0 && existsSync(argv[outIndex + 1]));
    process.send({
      type: 'done',
      i,
      argv: argv.map((a) => a.replace(dir, '<dir>')),
      exit: run.exit,
      ms: performance.now() - started,
      rss: process.resourceUsage().maxRSS * 1024,
      bad,
      message: run.stderr.split('\n').find((l) => l.startsWith('error:')),
    });
    if (bad) saveFailure(seed, i, dir, argv, bad, run);
    rmSync(dir, { recursive: true, force: true });
  }
  process.exit(0);
}

function saveFailure(seed, i, dir, argv, reason, run) {
  const save = arg('save', join(ROOT, 'test-artifacts', 'fuzz'));
  const target = join(save, `seed${seed}-input${i}`);
  mkdirSync(save, { recursive: true });
  cpSync(dir, target, { recursive: true });
  writeFileSync(
    join(target, 'replay.json'),
    JSON.stringify({ seed, i, argv: argv.map((a) => a.replace(dir, target)), reason, stderr: run?.stderr }, null, 2),
  );
}

/** Runs inputs [0, count) on `workers` processes, each restarted after a crash or a hang. */
export async function fuzz({ count, seed, workers = 2 }) {
  const figures = { inputs: 0, exits: { 0: 0, 1: 0 }, failures: [], slowest: { ms: 0 }, peakRss: 0 };
  const per = Math.ceil(count / workers);
  const lane = (from, to) =>
    new Promise((resolve) => {
      if (from >= to) return resolve();
      const proc = fork(fileURLToPath(import.meta.url), ['--child', String(seed), String(from), String(to)], {
        execArgv: ['--max-old-space-size=1536'],
        stdio: ['ignore', 'ignore', 'ignore', 'ipc'],
      });
      let current = from;
      let timer;
      const arm = () => {
        clearTimeout(timer);
        timer = setTimeout(() => proc.kill('SIGKILL'), TIME_LIMIT_MS);
      };
      arm();
      proc.on('message', (m) => {
        if (m.type === 'start') {
          current = m.i;
          return arm();
        }
        figures.inputs++;
        figures.exits[m.exit] = (figures.exits[m.exit] ?? 0) + 1;
        if (m.ms > figures.slowest.ms) figures.slowest = { ms: Math.round(m.ms), argv: m.argv.join(' ') };
        figures.peakRss = Math.max(figures.peakRss, m.rss);
        if (m.rss > RSS_LIMIT) figures.failures.push({ i: m.i, reason: `peak RSS ${m.rss}` });
        if (m.bad) figures.failures.push({ i: m.i, reason: m.bad, argv: m.argv.join(' ') });
        current = m.i + 1;
      });
      proc.on('exit', (code, signal) => {
        clearTimeout(timer);
        if (current < to) {
          figures.inputs++;
          figures.failures.push({
            i: current,
            reason: signal === 'SIGKILL' ? `no answer in ${TIME_LIMIT_MS} ms` : `worker died (${code ?? signal})`,
          });
          lane(current + 1, to).then(resolve);
        } else resolve();
      });
    });
  await Promise.all(Array.from({ length: workers }, (_, w) => lane(w * per, Math.min(count, (w + 1) * per))));
  return figures;
}

export function formatFigures(f, ms) {
  return [
    `inputs ${f.inputs} in ${(ms / 1000).toFixed(1)} s: exit 0 ×${f.exits[0] ?? 0}, exit 1 ×${f.exits[1] ?? 0}, failures ${f.failures.length}`,
    `slowest ${f.slowest.ms} ms (${f.slowest.argv ?? '-'}); peak RSS of a worker ${(f.peakRss / 1024 / 1024).toFixed(0)} MB`,
    ...f.failures.slice(0, 20).map((x) => `FAIL input ${x.i}: ${x.reason}${x.argv ? ` — ${x.argv}` : ''}`),
  ].join('\n');
}

if (process.argv[2] === '--child') await child();
else if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const count = Number(arg('count', '10000'));
  const seed = Number(arg('seed', '1'));
  const started = performance.now();
  const figures = await fuzz({ count, seed });
  console.log(`fuzz seed ${seed}\n${formatFigures(figures, performance.now() - started)}`);
  process.exitCode = figures.failures.length === 0 ? 0 : 1;
}
