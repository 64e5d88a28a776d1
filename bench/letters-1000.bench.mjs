// 1,000 demand letters (zh-CN 催款函, the sale-of-goods example with varied debtors and amounts) as PDF and
// DOCX, written to a temp folder by a pool of worker threads (one per core, fonts parsed once per worker):
// wall time, per-letter time, CPU time and peak memory (max RSS). In the same run LibreOffice converts one
// of the DOCX to PDF, when installed, for the ratio per letter. Target: all 1,000 in under 15 s (issues #11, #16).
// Run: npm run build && node bench/letters-1000.bench.mjs [letters] [threads]
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { caseFileShape } from '../dist/core/case/schema.js';
import { LetterRenderPool } from '../dist/core/letters/render-pool.js';

const LETTERS = Number(process.argv[2] ?? 1000);
const THREADS = Number(process.argv[3] ?? availableParallelism());
const AS_OF = '2026-11-22';
const TARGET_S = 15;
const root = new URL('..', import.meta.url);
const example = caseFileShape.parse(JSON.parse(readFileSync(new URL('examples/zh-sale-of-goods/case.json', root), 'utf8')));
const SURNAMES = ['陈', '林', '黄', '周', '吴', '徐', '孙', '马', '朱', '胡'];

/** The example with the i-th debtor and amounts: every letter has different text, figures and statement. */
function variant(i) {
  const data = JSON.parse(JSON.stringify(example));
  // Demand letters for debts not yet decided: the example's judgment (in force from 2026-09-15) would refuse them.
  delete data.filing.judgment;
  data.debtors[0].name = `杭州${SURNAMES[i % 10]}禾建材贸易有限公司（第${i + 1}号）`;
  data.debtors[0].representative = `${SURNAMES[(i + 3) % 10]}建`;
  data.claims[0].amount = (186400 + (i % 97) * 1234.56).toFixed(2);
  data.claims[1].amount = (93250.5 + (i % 13) * 777.77).toFixed(2);
  data.contract.number = `CC-2024-${String(i + 1).padStart(4, '0')}`;
  return data;
}

const dir = mkdtempSync(join(tmpdir(), 'casepack-bench-letters-'));
try {
  const cpuBefore = process.cpuUsage();
  const start = performance.now();
  const pool = LetterRenderPool.create({ threads: THREADS });
  const written = await Promise.all(
    Array.from({ length: LETTERS }, (_, i) => {
      const outDir = join(dir, String(i).padStart(4, '0'));
      mkdirSync(outDir);
      return pool.write(variant(i), { templateId: 'demand-letter', asOf: AS_OF, outDir, formats: ['pdf', 'docx'] });
    }),
  );
  const ms = performance.now() - start;
  await pool.close();
  const files = written.flatMap((w) => w.files);
  const bytes = files.reduce((sum, f) => sum + f.size, 0);
  const perLetter = ms / LETTERS;
  // The main thread and the workers share one process: resourceUsage covers all threads.
  const { user, system } = process.cpuUsage(cpuBefore);
  const usage = process.resourceUsage();
  console.log(
    `${LETTERS} demand letters (PDF + DOCX, ${files.length} files, ${(bytes / 1024 / 1024).toFixed(1)} MB) on ${THREADS} worker thread(s): ` +
      `${(ms / 1000).toFixed(1)} s wall, ${perLetter.toFixed(1)} ms/letter; CPU ${((user + system) / 1000 / LETTERS).toFixed(1)} ms/letter`,
  );
  console.log(`peak memory (max RSS, whole process): ${(usage.maxRSS / 1024).toFixed(0)} MB`);
  console.log(
    `target: ${LETTERS} in under ${TARGET_S * (LETTERS / 1000)} s — ${ms / 1000 < TARGET_S * (LETTERS / 1000) ? 'met' : 'NOT met'}`,
  );

  const docx = files.find((f) => f.format === 'docx').path;
  if (spawnSync('soffice', ['--version'], { stdio: 'ignore' }).error === undefined) {
    const profile = pathToFileURL(join(dir, 'soffice-profile')).href;
    const convert = () => {
      const t = performance.now();
      const result = spawnSync(
        'soffice',
        [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', join(dir, 'lo'), docx],
        {
          encoding: 'utf8',
          env: { ...process.env, HOME: dir },
        },
      );
      const ok = result.status === 0 && statSync(join(dir, 'lo', 'demand-letter.pdf'), { throwIfNoEntry: false }) !== undefined;
      return { ms: performance.now() - t, ok };
    };
    // The first run also creates LibreOffice's profile; the second is what converting one more letter costs.
    const first = convert();
    const second = convert();
    console.log(
      `LibreOffice converting one DOCX to PDF (soffice --headless --convert-to pdf): ${second.ms.toFixed(0)} ms (first run, creating its profile: ${first.ms.toFixed(0)} ms)` +
        `${first.ok && second.ok ? '' : ' — conversion FAILED'}; CasePack is ${(second.ms / perLetter).toFixed(0)}× faster per letter (target ≥ 50×)`,
    );
  } else console.log('LibreOffice not installed (apt-get install libreoffice-writer-nogui): no comparison');
} finally {
  rmSync(dir, { recursive: true, force: true });
}
