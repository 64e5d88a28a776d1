/* global Buffer, performance */
// Bundle speed and memory: 50 PDFs + 50 images (~500 pages), against qpdf's bare merge of the same PDFs.
// Run after a build: npm run build && node bench/bundle.bench.mjs
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument, rgb } from 'pdf-lib';
import sharp from 'sharp';

const root = new URL('..', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'casepack-bench-'));
mkdirSync(join(dir, 'evidence'));

/** A scan-like page image (grey noise with dark bars) as a 150 dpi JPEG, shared by every page of a PDF. */
async function scan(seed) {
  const w = 1240,
    h = 1754;
  const pixels = Buffer.alloc(w * h);
  for (let i = 0; i < pixels.length; i++) pixels[i] = 235 + ((i * 2654435761 + seed) >>> 28);
  for (let y = 200; y < h - 200; y += 40) pixels.fill(40, y * w + 150, y * w + w - 150);
  return sharp(pixels, { raw: { width: w, height: h, channels: 1 } })
    .jpeg({ quality: 60 })
    .toBuffer();
}

async function makePdf(i) {
  const doc = await PDFDocument.create();
  const image = await doc.embedJpg(await scan(i));
  for (let p = 0; p < 9; p++) {
    const landscape = p === 4;
    const page = doc.addPage(landscape ? [842, 595] : i % 3 === 0 ? [612, 792] : [595.28, 841.89]);
    const { width, height } = page.getSize();
    page.drawImage(image, { x: 0, y: 0, width, height });
    page.drawRectangle({ x: 40, y: 40, width: 80, height: 30, color: rgb(0.8, 0.1, 0.1) });
  }
  return doc.save();
}

async function makeImage(i) {
  const base = sharp({ create: { width: 2000, height: 1500, channels: 3, background: { r: 180 + (i % 50), g: 190, b: 200 } } });
  if (i % 5 === 0) return { name: `photo-${i}.png`, bytes: await base.png().toBuffer() };
  if (i % 5 === 1) return { name: `photo-${i}.jpg`, bytes: await base.jpeg().withMetadata({ orientation: 6 }).toBuffer() };
  return { name: `photo-${i}.jpg`, bytes: await base.jpeg({ quality: 80 }).toBuffer() };
}

const pdfs = [];
const images = [];
for (let i = 0; i < 50; i++) {
  const name = `doc-${i}.pdf`;
  writeFileSync(join(dir, 'evidence', name), await makePdf(i));
  pdfs.push(name);
  const image = await makeImage(i);
  writeFileSync(join(dir, 'evidence', image.name), image.bytes);
  images.push(image.name);
}

function writeCase(file, names) {
  const data = JSON.parse(readFileSync(join(root, 'examples/zh-sale-of-goods/case.json'), 'utf8'));
  data.evidence = names.map((name, i) => ({
    id: `E${i + 1}`,
    title: `证据${i + 1}`,
    file: `evidence/${name}`,
    source: '原告持有',
    purpose: '证明事实',
    original: true,
  }));
  data.events = [];
  data.mailings = [];
  writeFileSync(join(dir, file), JSON.stringify(data));
  return join(dir, file);
}

const RUNS = Number(process.env.RUNS ?? 3);

/** Runs `script` (an ES module) in a fresh Node process; returns its wall time, CPU time, stdout and peak RSS. */
function run(script) {
  // A file rather than --eval: worker threads inherit the options, and --input-type would stop them.
  const file = join(dir, `run-${Math.random().toString(36).slice(2)}.mjs`);
  writeFileSync(file, script);
  const start = performance.now();
  const result = spawnSync(process.execPath, [file], { encoding: 'utf8' });
  const seconds = (performance.now() - start) / 1000;
  if (result.status !== 0) throw new Error(result.stderr);
  const usage = JSON.parse(/usage=(.*)/.exec(result.stderr)[1]);
  return { seconds, cpu: (usage.userCPUTime + usage.systemCPUTime) / 1e6, rssMb: usage.maxRSS / 1024, stdout: result.stdout };
}
const reportUsage = `process.stderr.write('usage=' + JSON.stringify(process.resourceUsage()) + '\\n');`;

/** The real CLI in a fresh process, as a user runs it: Node start-up, module loading and font parsing included. */
function cli(caseFile, out) {
  const r = run(`import { main } from ${JSON.stringify(join(root, 'dist/cli/main.js'))};
    const code = await main(${JSON.stringify(['bundle', caseFile, '--out', out])}); ${reportUsage} process.exitCode = code;`);
  return { ...r, pages: /wrote (\d+) pages/.exec(r.stdout)[1], mb: statSync(out).size / 1024 / 1024 };
}

/**
 * The build (with its pre-flight, as the CLI runs it) in one warm process, as the app's worker runs it: one
 * build first to load modules and parse fonts, then RUNS timed builds. Prints one wall time per run.
 */
function inProcess(caseFile) {
  const dist = (path) => JSON.stringify(join(root, 'dist', path));
  const r = run(`import { loadCaseFile } from ${dist('core/case/validate.js')};
    import { buildEvidenceBundle } from ${dist('core/bundles/build-evidence-bundle.js')};
    const once = async () => {
      const built = await buildEvidenceBundle(await loadCaseFile(${JSON.stringify(caseFile)}), { preflight: 'cn' });
      if (!built.volumes[0].preflight.ok) throw new Error('pre-flight failed');
    };
    await once();
    for (let i = 0; i < ${RUNS}; i++) { const t = performance.now(); await once(); console.log((performance.now() - t) / 1000); }
    ${reportUsage}`);
  return { runs: r.stdout.trim().split('\n').map(Number), rssMb: r.rssMb };
}

/**
 * The app's path: the case imported into a database, then RUNS+1 bundle jobs one after the other through
 * the API's job functions, each on a worker thread. The first job starts a cold worker; later ones get the
 * spare it leaves. Prints one wall time per job, from start to the finished file in the main thread.
 */
function appJobs(caseFile) {
  const dist = (path) => JSON.stringify(join(root, 'dist', path));
  const db = join(dir, `app-${Math.random().toString(36).slice(2)}.db`);
  const r = run(`import { loadCaseFile } from ${dist('core/case/validate.js')};
    import { openStore } from ${dist('core/store/open.js')};
    import { importCase } from ${dist('core/store/import-case.js')};
    import { startBundleJob, bundleJobStatus } from ${dist('core/api/bundle-jobs.js')};
    const store = openStore(${JSON.stringify(db)});
    const id = await importCase(store, await loadCaseFile(${JSON.stringify(caseFile)}));
    for (let i = 0; i <= ${RUNS}; i++) {
      const t = performance.now();
      const job = startBundleJob(${JSON.stringify(db)}, { kind: 'evidence', id, stamp: 'auto', dividers: false, date: '2026-01-05' });
      let status;
      while ((status = bundleJobStatus(job)).state === 'running') await new Promise((r) => setTimeout(r, 5));
      if (status.state !== 'done') throw new Error(JSON.stringify(status));
      console.log((performance.now() - t) / 1000);
    }
    store.close();
    ${reportUsage}`);
  const [first, ...warm] = r.stdout.trim().split('\n').map(Number);
  return { first, warm, rssMb: r.rssMb };
}

const best = (xs) => Math.min(...xs);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
const qpdfRuns = [];
const qpdfMerge = () => {
  const start = performance.now();
  const q = spawnSync('qpdf', ['--empty', '--pages', ...pdfs.map((p) => join(dir, 'evidence', p)), '--', join(dir, 'qpdf.pdf')]);
  if (q.status !== 0) throw new Error(String(q.stderr));
  qpdfRuns.push((performance.now() - start) / 1000);
};

const cases = [
  ['PDF-only bundle', writeCase('pdf-only.json', pdfs), join(dir, 'pdf-only.pdf')],
  ['mixed bundle', writeCase('mixed.json', [...pdfs, ...images]), join(dir, 'mixed.pdf')],
];
const results = cases.map(([label, caseFile, out]) => {
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    qpdfMerge();
    runs.push(cli(caseFile, out));
  }
  return { label, runs, warm: inProcess(caseFile), app: appJobs(caseFile) };
});
const q = best(qpdfRuns);
const fmt = (xs) => `best ${best(xs).toFixed(2)} s, median ${median(xs).toFixed(2)} s`;
console.log(`qpdf --empty --pages (50 PDFs, ${pdfs.length * 9} pages): ${fmt(qpdfRuns)} — ratios below are to its best`);
for (const { label, runs, warm, app } of results) {
  const wall = runs.map((r) => r.seconds);
  const cpu = runs.map((r) => r.cpu);
  console.log(`${label}: ${runs[0].pages} pages, ${runs[0].mb.toFixed(1)} MB`);
  console.log(
    `  CLI, fresh process   ${fmt(wall)} (${(best(wall) / q).toFixed(1)}× qpdf); CPU ${fmt(cpu)}; peak RSS ${best(runs.map((r) => r.rssMb)).toFixed(0)}–${Math.max(...runs.map((r) => r.rssMb)).toFixed(0)} MB`,
  );
  console.log(
    `  in-process, warm     ${fmt(warm.runs)} (${(best(warm.runs) / q).toFixed(1)}× qpdf, median ${(median(warm.runs) / q).toFixed(1)}×); peak RSS ${warm.rssMb.toFixed(0)} MB`,
  );
  console.log(
    `  app job, spare worker ${fmt(app.warm)} (${(best(app.warm) / q).toFixed(1)}× qpdf, median ${(median(app.warm) / q).toFixed(1)}×); first job (new worker) ${app.first.toFixed(2)} s; peak RSS ${app.rssMb.toFixed(0)} MB`,
  );
}
console.log(
  `(${RUNS} runs each; the CLI figures include Node start-up, module loading, font parsing and cold code; in-process runs the pre-flight as the CLI does, the app job does not; RUNS=n to change)`,
);
if (process.env.KEEP) console.log('kept', dir);
else rmSync(dir, { recursive: true, force: true });
