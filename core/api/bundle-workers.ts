import { Worker } from 'node:worker_threads';
import { workerFileBeside } from '../util/worker-file.js';

/** A worker kept after its job stays this long for the next one, then stops and gives its memory back. */
const SPARE_MS = 10 * 60_000;

/**
 * A worker's own heap limit: a job that runs out of memory (a hostile exhibit past every other limit) ends
 * that thread with ERR_WORKER_OUT_OF_MEMORY, reported as the job's failure, instead of aborting the whole
 * process. CASEPACK_BUNDLE_HEAP_MB overrides it.
 */
export function bundleWorkerHeapMb(): number {
  const asked = Number(process.env.CASEPACK_BUNDLE_HEAP_MB);
  return Number.isFinite(asked) && asked > 0 ? asked : 1536;
}

let spare: { worker: Worker; timer: NodeJS.Timeout } | undefined;

/**
 * A worker thread for one bundle job: the spare one left by the last job when there is one, with its modules
 * loaded, fonts parsed and code compiled (a warm build of a 450-page bundle is several times faster than a
 * first one), else a new one. Jobs never share a worker at the same time.
 */
export function takeBundleWorker(): Worker {
  if (spare) {
    const { worker, timer } = spare;
    spare = undefined;
    clearTimeout(timer);
    worker.ref();
    return worker;
  }
  const worker = new Worker(workerFileBeside(import.meta.url, 'bundle-worker.js'), {
    resourceLimits: { maxOldGenerationSizeMb: bundleWorkerHeapMb() },
  });
  const forget = () => {
    if (spare?.worker === worker) spare = undefined;
  };
  // A spare that fails is dropped; a job's own listeners report failures while it runs.
  worker.on('error', forget);
  worker.on('exit', forget);
  return worker;
}

/** Hands back a worker whose job finished (its job's listeners removed): it becomes the spare, or stops when there already is one. */
export function returnBundleWorker(worker: Worker): void {
  if (spare) {
    void worker.terminate();
    return;
  }
  worker.unref(); // an idle spare never keeps the process alive
  spare = { worker, timer: setTimeout(() => void worker.terminate(), SPARE_MS).unref() };
}
