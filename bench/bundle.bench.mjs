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

/** Runs the real CLI in a fresh process and reads its wall time and peak RSS. */
function bundle(caseFile, out) {
  const script = `import { main } from ${JSON.stringify(join(root, 'dist/cli/main.js'))};
    const code = await main(${JSON.stringify(['bundle', caseFile, '--out', out])});
    process.stderr.write('maxrss=' + process.resourceUsage().maxRSS + '\\n'); process.exitCode = code;`;
  const start = performance.now();
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
  const seconds = (performance.now() - start) / 1000;
  if (result.status !== 0) throw new Error(result.stderr);
  const rssMb = Number(/maxrss=(\d+)/.exec(result.stderr)[1]) / 1024;
  const pages = /wrote (\d+) pages/.exec(result.stdout)[1];
  return { seconds, rssMb, pages, mb: statSync(out).size / 1024 / 1024 };
}

const qpdfStart = performance.now();
const q = spawnSync('qpdf', ['--empty', '--pages', ...pdfs.map((p) => join(dir, 'evidence', p)), '--', join(dir, 'qpdf.pdf')]);
const qpdfSeconds = (performance.now() - qpdfStart) / 1000;
if (q.status !== 0) throw new Error(String(q.stderr));

const pdfOnly = bundle(writeCase('pdf-only.json', pdfs), join(dir, 'pdf-only.pdf'));
const mixed = bundle(writeCase('mixed.json', [...pdfs, ...images]), join(dir, 'mixed.pdf'));
const line = (label, r) =>
  `${label.padEnd(22)} ${r.pages} pages  ${r.seconds.toFixed(2)} s  peak RSS ${r.rssMb.toFixed(0)} MB  ${r.mb.toFixed(1)} MB  ${(r.seconds / qpdfSeconds).toFixed(1)}× qpdf`;
console.log(`qpdf --empty --pages (50 PDFs, ${pdfs.length * 9} pages): ${qpdfSeconds.toFixed(2)} s`);
console.log(line('PDF-only bundle', pdfOnly));
console.log(line('mixed bundle', mixed));
console.log('(each bundle runs in a fresh process: its time includes Node start-up and font loading)');
if (process.env.KEEP) console.log('kept', dir);
else rmSync(dir, { recursive: true, force: true });
