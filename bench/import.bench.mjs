// Import of 10,000 rows (a GBK CSV with Chinese headers and mixed amount/date formats), then a re-import
// that must add nothing. Time and peak memory (max RSS) of this process.
// Run: npm run build && node bench/import.bench.mjs [rows]
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import iconv from 'iconv-lite';
import { parseBatchDefaults } from '../dist/core/batch-import/defaults.js';
import { importBatch } from '../dist/core/batch-import/import-batch.js';
import { sampleBatchCsv, SAMPLE_DEFAULTS } from '../dist/core/batch-import/sample-batch.js';
import { openStore } from '../dist/core/store/open.js';

const ROWS = Number(process.argv[2] ?? 10_000);
const dir = mkdtempSync(join(tmpdir(), 'casepack-import-bench-'));
try {
  const file = join(dir, 'overdue.csv');
  writeFileSync(file, iconv.encode(sampleBatchCsv(ROWS), 'gbk'));
  const store = openStore(join(dir, 'casepack.db'));
  const defaults = parseBatchDefaults('defaults', SAMPLE_DEFAULTS);

  let start = performance.now();
  const first = await importBatch(store, file, { defaults });
  const importMs = performance.now() - start;
  start = performance.now();
  const again = await importBatch(store, file, { defaults });
  const reimportMs = performance.now() - start;
  store.close();

  if (first.created.length !== ROWS || again.created.length !== 0) throw new Error('unexpected counts');
  const peakMb = process.resourceUsage().maxRSS / 1024;
  console.log(
    `import ${ROWS} rows (GBK CSV): ${(importMs / 1000).toFixed(2)} s (${((importMs / ROWS) * 1000).toFixed(0)} µs/row)`,
  );
  console.log(`re-import, ${again.existing.length} already there, 0 created: ${(reimportMs / 1000).toFixed(2)} s`);
  console.log(`peak memory (max RSS): ${peakMb.toFixed(0)} MB`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
