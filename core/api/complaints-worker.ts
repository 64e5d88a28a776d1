import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parentPort } from 'node:worker_threads';
import { generateBatchComplaints } from '../filings/batch-complaints.js';
import { LetterRenderPool } from '../letters/render-pool.js';
import { openStore } from '../store/open.js';
import { toErrorPayload } from './api-error.js';
import { buildBundle } from './bundle-request.js';
import type { ComplaintsJobRequest, ComplaintsWorkerMessage } from './complaint-jobs.js';
import { writeZipFile, type ZipEntry } from './write-job-zip.js';

const post = (message: ComplaintsWorkerMessage) => parentPort!.postMessage(message);

/**
 * Makes one batch of complaints in a worker thread over its own connection to the database: each case's
 * complaint as PDF and DOCX and its evidence bundle, then the fee list, all in one zip. Nothing is written to
 * the cases, so a cancel (which terminates this thread) leaves everything as it was. Each file of the zip is
 * written to disk as it is made and the zip is written from them into `request.zipFile`, file by file.
 */
parentPort!.on('message', async ({ dbFile, request }: { dbFile: string; request: ComplaintsJobRequest }) => {
  const store = openStore(dbFile);
  // The complaints are typeset on a pool of threads (one per core) while this thread builds the bundles.
  const pool = LetterRenderPool.create();
  try {
    // PDFs and DOCX parts are compressed already: stored as they are; the CSV is deflated.
    const entries: ZipEntry[] = [];
    const zipped = join(request.outDir, 'zip');
    mkdirSync(zipped);
    let rendered = 0;
    const report = await generateBatchComplaints(store, {
      caseIds: request.caseIds,
      asOf: request.asOf,
      settings: request.settings,
      ...(request.templatesDir && { templatesDir: request.templatesDir }),
      render: async (data, letter) => {
        const outDir = join(request.outDir, String(rendered++));
        mkdirSync(outDir);
        const { files } = await pool.write(data, {
          templateId: letter.meta.id, // the complaint, or an en-GB case's particulars of claim
          asOf: letter.statement.asOf,
          settings: request.settings,
          ...(request.templatesDir && { templatesDir: request.templatesDir }),
          outDir,
          formats: ['pdf', 'docx'],
        });
        const read = (format: string) => new Uint8Array(readFileSync(files.find((f) => f.format === format)!.path));
        return { pdf: read('pdf'), docx: read('docx') };
      },
      evidenceBundle: async (id, court) =>
        (await buildBundle(store, { kind: 'evidence', id, stamp: 'auto', dividers: false, court, date: request.asOf })).bytes,
      write: (name, bytes) => {
        const file = join(zipped, String(entries.length));
        writeFileSync(file, bytes);
        entries.push({ name, file, compress: typeof bytes === 'string' });
      },
      onProgress: (done, total) => post({ type: 'progress', done, total }),
    });
    await writeZipFile(request.zipFile, entries);
    const result = {
      report: {
        ...report,
        failed: report.failed.map((f) => ({ caseId: f.caseId, title: f.title, error: toErrorPayload(f.error) })),
      },
    };
    post({ type: 'done', result });
  } catch (error) {
    post({ type: 'failed', error: toErrorPayload(error) });
  } finally {
    await pool.close();
    store.close();
    rmSync(request.outDir, { recursive: true, force: true });
  }
});
