/**
 * One worker of a LetterRenderPool: parses the fonts once (on its first letter), then writes letter after
 * letter for the pool. Messages in: `{ id, data, options }`; out: `{ id, files, findings, overrides }` or
 * `{ id, error }`.
 */
import { parentPort } from 'node:worker_threads';
import type { CaseFile } from '../case/schema.js';
import type { Override } from '../compliance/types.js';
import type { GenerateLetterOptions } from './generate-letter.js';
import { writeLetter, type LetterFormat } from './write-letter.js';

export interface PoolRequest {
  id: number;
  data: CaseFile;
  options: GenerateLetterOptions & { outDir: string; formats: readonly LetterFormat[]; overrides?: readonly Override[] };
}

parentPort?.on('message', (request: PoolRequest) => {
  writeLetter(request.data, request.options).then(
    ({ files, letter, overrides }) => parentPort!.postMessage({ id: request.id, files, findings: letter.findings, overrides }),
    (error: Error) => parentPort!.postMessage({ id: request.id, error: { name: error.name, message: error.message } }),
  );
});
