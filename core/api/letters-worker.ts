import { rmSync } from 'node:fs';
import { basename } from 'node:path';
import { parentPort } from 'node:worker_threads';
import { generateBatchLetters } from '../batch-letters/generate-batch-letters.js';
import { openStore } from '../store/open.js';
import { toErrorPayload } from './api-error.js';
import type { LettersJobRequest, LettersWorkerMessage } from './letter-jobs.js';
import { writeZipFile, type ZipEntry } from './write-job-zip.js';

const post = (message: LettersWorkerMessage) => parentPort!.postMessage(message);

/**
 * Makes one batch of letters in a worker thread over its own connection to the database: the API keeps
 * answering meanwhile, the progress goes back letter by letter, and a cancel terminates this thread. The
 * cases are changed in one transaction at the very end, so a batch stopped before it records nothing. The
 * letters are zipped from disk into `request.zipFile`, file by file.
 */
parentPort!.on('message', async ({ dbFile, request }: { dbFile: string; request: LettersJobRequest }) => {
  const store = openStore(dbFile);
  try {
    const report = await generateBatchLetters(store, {
      step: request.step,
      dueOnly: false,
      caseIds: request.caseIds,
      asOf: request.asOf,
      outDir: request.outDir,
      settings: request.settings,
      firstNumber: request.firstNumber,
      ...(request.sender && { sender: request.sender }),
      mail: { agreedAddress: request.agreedAddress },
      ...(request.templatesDir && { templatesDir: request.templatesDir }),
      onProgress: (p) => post({ type: 'progress', done: p.done, total: p.total }),
    });
    // Letters are already compressed (PDF streams, DOCX parts): stored as they are; the CSV is deflated.
    const entries: ZipEntry[] = report.written.flatMap((w) => [
      { name: basename(w.pdf), file: w.pdf, compress: false },
      { name: basename(w.docx), file: w.docx, compress: false },
    ]);
    if (report.mailingList) entries.push({ name: basename(report.mailingList), file: report.mailingList, compress: true });
    await writeZipFile(request.zipFile, entries);
    post({ type: 'done', result: { report } });
  } catch (error) {
    post({ type: 'failed', error: toErrorPayload(error) });
  } finally {
    store.close();
    rmSync(request.outDir, { recursive: true, force: true });
  }
});
