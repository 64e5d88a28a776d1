import { readFileSync, rmSync } from 'node:fs';
import { basename } from 'node:path';
import { parentPort } from 'node:worker_threads';
import { zipSync, type Zippable } from 'fflate';
import { generateBatchLetters } from '../batch-letters/generate-batch-letters.js';
import { openStore } from '../store/open.js';
import { toErrorPayload } from './api-error.js';
import type { LettersJobRequest, LettersWorkerMessage } from './letter-jobs.js';

const post = (message: LettersWorkerMessage, transfer: ArrayBuffer[] = []) => parentPort!.postMessage(message, transfer);

/**
 * Makes one batch of letters in a worker thread over its own connection to the database: the API keeps
 * answering meanwhile, the progress goes back letter by letter, and a cancel terminates this thread. The
 * cases are changed in one transaction at the very end, so a batch stopped before it records nothing.
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
      mail: { carrier: 'EMS', agreedAddress: request.agreedAddress },
      ...(request.templatesDir && { templatesDir: request.templatesDir }),
      onProgress: (p) => post({ type: 'progress', done: p.done, total: p.total }),
    });
    // Letters are already compressed (PDF streams, DOCX parts): stored as they are; the CSV is deflated.
    const files: Zippable = {};
    for (const w of report.written) {
      files[basename(w.pdf)] = [readFileSync(w.pdf), { level: 0 }];
      files[basename(w.docx)] = [readFileSync(w.docx), { level: 0 }];
    }
    if (report.mailingList) files[basename(report.mailingList)] = readFileSync(report.mailingList);
    const zip = zipSync(files);
    post({ type: 'done', result: { report, zip } }, [zip.buffer as ArrayBuffer]);
  } catch (error) {
    post({ type: 'failed', error: toErrorPayload(error) });
  } finally {
    store.close();
    rmSync(request.outDir, { recursive: true, force: true });
  }
});
