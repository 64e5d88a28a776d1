// Letters for 500 cases: import 500 rows, then `letters --step demand-letter` (PDF + DOCX, wording guard,
// mailings recorded, EMS list). Time and peak memory (max RSS); then every PDF is checked with qpdf --check
// and pdffonts (embedded Unicode subsets), as a single letter's test does, when those tools are installed.
// Run: npm run build && node bench/letters.bench.mjs [cases]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseBatchDefaults } from '../dist/core/batch-import/defaults.js';
import { importBatch } from '../dist/core/batch-import/import-batch.js';
import { sampleBatchCsv, SAMPLE_DEFAULTS } from '../dist/core/batch-import/sample-batch.js';
import { generateBatchLetters } from '../dist/core/batch-letters/generate-batch-letters.js';
import { openStore } from '../dist/core/store/open.js';

const CASES = Number(process.argv[2] ?? 500);
const dir = mkdtempSync(join(tmpdir(), 'casepack-letters-bench-'));
try {
  writeFileSync(join(dir, 'batch.csv'), sampleBatchCsv(CASES));
  const store = openStore(join(dir, 'casepack.db'));
  await importBatch(store, join(dir, 'batch.csv'), { defaults: parseBatchDefaults('defaults', SAMPLE_DEFAULTS) });
  const rssBefore = process.memoryUsage().rss / 1024 / 1024;

  const start = performance.now();
  const report = await generateBatchLetters(store, {
    step: 'demand-letter',
    dueOnly: false,
    asOf: '2025-06-03',
    outDir: join(dir, 'out'),
  });
  const ms = performance.now() - start;
  store.close();
  const peakMb = process.resourceUsage().maxRSS / 1024;
  console.log(
    `${report.written.length} letters (PDF + DOCX) for ${report.selected} cases: ${(ms / 1000).toFixed(1)} s (${(ms / report.selected).toFixed(0)} ms/case)`,
  );
  console.log(
    `blocked ${report.blocked.length}, failed ${report.failed.length}, mailed ${report.written.filter((w) => w.mailing).length}, EMS list ${report.mailingList ? 'written' : 'missing'}`,
  );
  console.log(`memory: ${rssBefore.toFixed(0)} MB before the letters, peak (max RSS) ${peakMb.toFixed(0)} MB`);

  if (spawnSync('qpdf', ['--version']).error === undefined && spawnSync('pdffonts', ['-v']).error === undefined) {
    let bad = 0;
    for (const w of report.written) {
      const check = spawnSync('qpdf', ['--check', w.pdf]);
      const fonts = spawnSync('pdffonts', [w.pdf], { encoding: 'utf8' }).stdout.trim().split('\n').slice(2);
      const fontsOk =
        fonts.length > 0 &&
        fonts.every((line) =>
          line
            .trim()
            .split(/\s+/)
            .slice(-5, -2)
            .every((c) => c === 'yes'),
        );
      if (check.status !== 0 || !fontsOk) bad++;
    }
    console.log(`PDF checks (qpdf --check, fonts embedded/subset/Unicode): ${report.written.length - bad} passed, ${bad} failed`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
