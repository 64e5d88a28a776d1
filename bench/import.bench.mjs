// Import of 10,000 rows (a GBK CSV with Chinese headers and mixed amount/date formats), then a re-import
// that must add nothing; then the same file through the app's API (upload, preview, dry run, the import job
// polled for its progress) into a fresh database. Time and peak memory (max RSS) of this process.
// Run: npm run build && node bench/import.bench.mjs [rows]
import { Buffer } from 'node:buffer';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import iconv from 'iconv-lite';
import { callApi } from '../dist/core/api/handlers.js';
import { parseBatchDefaults } from '../dist/core/batch-import/defaults.js';
import { importBatch } from '../dist/core/batch-import/import-batch.js';
import { sampleBatchCsv, SAMPLE_DEFAULTS } from '../dist/core/batch-import/sample-batch.js';
import { openStore } from '../dist/core/store/open.js';

const ROWS = Number(process.argv[2] ?? 10_000);
const API_TARGET_S = 10;
const dir = mkdtempSync(join(tmpdir(), 'casepack-import-bench-'));
try {
  const file = join(dir, 'overdue.csv');
  const bytes = iconv.encode(sampleBatchCsv(ROWS), 'gbk');
  writeFileSync(file, bytes);
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
  console.log(
    `import ${ROWS} rows (GBK CSV): ${(importMs / 1000).toFixed(2)} s (${((importMs / ROWS) * 1000).toFixed(0)} µs/row)`,
  );
  console.log(`re-import, ${again.existing.length} already there, 0 created: ${(reimportMs / 1000).toFixed(2)} s`);

  const api = await throughTheApi(bytes);
  console.log(
    `import ${ROWS} rows through the API (upload ${api.upload.toFixed(2)} s, preview ${api.preview.toFixed(2)} s, dry run ${api.dry.toFixed(2)} s, job ${api.job.toFixed(2)} s with ${api.readings} progress readings): ${api.total.toFixed(2)} s (target < ${API_TARGET_S} s: ${api.total < API_TARGET_S ? 'met' : 'NOT met'})`,
  );
  const peakMb = process.resourceUsage().maxRSS / 1024;
  console.log(`peak memory (max RSS): ${peakMb.toFixed(0)} MB`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}

/** What the app does: upload, preview, dry run, then the import job, polled as the screen polls it. */
async function throughTheApi(bytes) {
  const store = openStore(join(dir, 'api.db'));
  const context = { store, today: () => '2026-11-22' };
  const send = (name, args) => callApi(context, name, args);
  const seconds = (since) => (performance.now() - since) / 1000;
  try {
    const t0 = performance.now();
    const { upload } = await send('import/upload', { name: 'overdue.csv', bytes: Buffer.from(bytes).toString('base64') });
    const upload_s = seconds(t0);
    let t = performance.now();
    const preview = await send('import/preview', { upload });
    const preview_s = seconds(t);
    t = performance.now();
    const args = { upload, mapping: preview.mapping, defaults: SAMPLE_DEFAULTS };
    const dry = await send('import/dry-run', args);
    const dry_s = seconds(t);
    if (dry.fresh.count !== ROWS || dry.bad.count !== 0) throw new Error('unexpected dry run');
    t = performance.now();
    const { job } = await send('import/start', args);
    const fractions = [];
    for (;;) {
      await sleep(100);
      const status = await send('import/status', { job });
      if (status.state === 'running') {
        fractions.push(status.fraction);
        continue;
      }
      if (status.state !== 'done' || status.created !== ROWS) throw new Error(`import ended ${JSON.stringify(status)}`);
      break;
    }
    const job_s = seconds(t);
    if (fractions.some((f, i) => i > 0 && f < fractions[i - 1])) throw new Error('progress went backwards');
    return {
      upload: upload_s,
      preview: preview_s,
      dry: dry_s,
      job: job_s,
      total: seconds(t0),
      readings: new Set(fractions).size,
    };
  } finally {
    store.close();
  }
}
