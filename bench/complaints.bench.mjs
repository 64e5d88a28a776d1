// 300 element-style complaints (民事起诉状, PDF + DOCX) with their evidence bundles (the sale-of-goods example's
// five exhibits, 证据目录 and page stamps) and the fee list by court, made as the app makes them: one
// `complaints/batch-start` job on a worker thread, polled until its zip is ready. Wall time, per case, zip size
// and peak memory (max RSS). Target: all 300 in under 60 s on this machine.
// Run: npm run build && node bench/complaints.bench.mjs [cases]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { callApi } from '../dist/core/api/handlers.js';
import { loadCaseFile } from '../dist/core/case/validate.js';
import { importCase } from '../dist/core/store/import-case.js';
import { openStore } from '../dist/core/store/open.js';

const CASES = Number(process.argv[2] ?? 300);
const TARGET_S = 60;
const AS_OF = '2026-11-22';
const COURTS = ['杭州市拱墅区人民法院', '杭州市西湖区人民法院', '上海市浦东新区人民法院'];
const example = fileURLToPath(new URL('../examples/zh-sale-of-goods/case.json', import.meta.url));

const dir = mkdtempSync(join(tmpdir(), 'casepack-complaints-bench-'));
const store = openStore(join(dir, 'casepack.db'));
try {
  const loaded = await loadCaseFile(example);
  const ids = [];
  for (let i = 0; i < CASES; i++) {
    // Each case its own defendant, amounts, contract and court; at the suit step, so no judgment yet.
    const data = JSON.parse(JSON.stringify(loaded.raw));
    data.debtors[0].name = `杭州明禾建材贸易有限公司（第${i + 1}号）`;
    data.claims[0].amount = (186400 + (i % 97) * 1234.56).toFixed(2);
    data.contract.number = `CC-BENCH-${String(i + 1).padStart(4, '0')}`;
    data.filing.court = COURTS[i % COURTS.length];
    delete data.filing.judgment;
    ids.push(await importCase(store, { ...loaded, raw: data }));
  }
  const context = { store, today: () => AS_OF };
  const start = performance.now();
  const { job } = await callApi(context, 'complaints/batch-start', { caseIds: ids });
  let status;
  for (;;) {
    await sleep(200);
    status = await callApi(context, 'complaints/batch-status', { job });
    if (status.state !== 'running') break;
  }
  const ms = performance.now() - start;
  if (status.state === 'done' && status.failed.length)
    throw new Error(`${status.failed.length} cases failed, the first: ${JSON.stringify(status.failed[0].error)}`);
  if (status.state !== 'done') throw new Error(`the job ended ${status.state}: ${JSON.stringify(status.error ?? '')}`);
  const zipBytes = status.size;
  await callApi(context, 'complaints/batch-discard', { job });
  console.log(
    `${CASES} complaints (PDF + DOCX) with evidence bundles and the fee list: ${status.written.length} written, ` +
      `${status.failed.length} failed, ${status.blocked.length} blocked; ${(ms / 1000).toFixed(1)} s wall, ${(ms / CASES).toFixed(0)} ms/case; ` +
      `zip ${(zipBytes / 1024 / 1024).toFixed(1)} MB`,
  );
  console.log(`peak memory (max RSS, whole process): ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
  console.log(`target: ${CASES} in under ${TARGET_S} s — ${ms / 1000 < TARGET_S ? 'met' : 'NOT met'}`);
} finally {
  store.close();
  rmSync(dir, { recursive: true, force: true });
}
