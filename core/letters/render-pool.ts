import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { CaseFile } from '../case/schema.js';
import type { Finding, Override } from '../compliance/types.js';
import { workerFileBeside } from '../util/worker-file.js';
import { LetterWorkerError } from './errors.js';
import type { GenerateLetterOptions } from './generate-letter.js';
import type { PoolRequest } from './render-pool-worker.js';
import type { LetterFormat, WrittenLetterFile } from './write-letter.js';

export interface PooledLetter {
  files: WrittenLetterFile[];
  findings: Finding[];
  overrides: Override[];
}

type Pending = { resolve: (letter: PooledLetter) => void; reject: (error: Error) => void };
type Reply = { id: number } & (
  { files: WrittenLetterFile[]; findings: Finding[]; overrides: Override[] } | { error: { name: string; message: string } }
);

/**
 * Letters a worker holds at once: two, so that it typesets one while the other's files are being written,
 * and no more, so that memory stays flat however many letters are asked for (all at once, they took 1.1 GB
 * for 1,000; two per worker, 0.5 GB).
 */
const LETTERS_PER_WORKER = 2;

/**
 * A letter allocates tens of megabytes of short-lived objects (docx's element tree, pdf-lib's operators, the
 * XML and PDF strings); with V8's default young generation a worker spent 15–19% of its time in scavenges.
 * A larger one lets most of them die before a collection runs: GC share about 12%, RSS about 40 MB more per worker.
 */
const YOUNG_GENERATION_MB = 96;

/**
 * Writes many letters on worker threads, one per core by default. Parsing the 10–15 MB fonts is most of the
 * cost of a first letter, so each worker parses them once and keeps them for every letter it writes.
 *
 * @example
 * const pool = LetterRenderPool.create();
 * const letters = await Promise.all(cases.map((data, i) => pool.write(data, { templateId: 'demand-letter', asOf, outDir: dirs[i], formats: ['pdf', 'docx'] })));
 * await pool.close();
 */
export class LetterRenderPool {
  private readonly pending = new Map<number, Pending>();
  /** Letters not yet handed to a worker: each worker holds at most LETTERS_PER_WORKER at a time. */
  private readonly queue: PoolRequest[] = [];
  /** One entry per free slot: a worker appears once for each letter more it may take. */
  private readonly idle: Worker[];
  private nextId = 0;

  private constructor(private readonly workers: Worker[]) {
    this.idle = workers.flatMap((worker) => Array.from({ length: LETTERS_PER_WORKER }, () => worker));
    for (const worker of workers) {
      worker.on('message', (reply: Reply) => this.settle(worker, reply));
      worker.on('error', (error) => this.failAll(error));
    }
  }

  static create({ threads = availableParallelism() }: { threads?: number } = {}): LetterRenderPool {
    if (!Number.isInteger(threads) || threads < 1) throw new RangeError(`threads: expected a whole number ≥ 1, got ${threads}`);
    return new LetterRenderPool(
      Array.from(
        { length: threads },
        () =>
          new Worker(workerFileBeside(import.meta.url, 'render-pool-worker.js'), {
            resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
          }),
      ),
    );
  }

  /** As `writeLetter`, on the next free worker; resolves with the files written and the wording findings. */
  write(
    data: CaseFile,
    options: GenerateLetterOptions & { outDir: string; formats: readonly LetterFormat[]; overrides?: readonly Override[] },
  ): Promise<PooledLetter> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.queue.push({ id, data, options });
      this.dispatch();
    });
  }

  /** Stops the workers; letters not yet written are rejected. */
  async close(): Promise<void> {
    this.failAll(new LetterWorkerError('the pool was closed before this letter was written'));
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }

  private dispatch(): void {
    while (this.idle.length > 0 && this.queue.length > 0) this.idle.pop()!.postMessage(this.queue.shift()!);
  }

  private settle(worker: Worker, reply: Reply): void {
    this.idle.push(worker);
    this.dispatch();
    const pending = this.pending.get(reply.id);
    this.pending.delete(reply.id);
    if (!pending) return;
    if ('error' in reply) pending.reject(new LetterWorkerError(`${reply.error.name}: ${reply.error.message}`));
    else pending.resolve({ files: reply.files, findings: reply.findings, overrides: reply.overrides });
  }

  private failAll(error: Error): void {
    this.queue.length = 0;
    for (const { reject } of this.pending.values()) reject(error);
    this.pending.clear();
  }
}
