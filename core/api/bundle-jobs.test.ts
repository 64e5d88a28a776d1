import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { useTempDir } from '../../test/support/temp-dir.js';
import { loadCaseFile } from '../case/validate.js';
import { PROJECT_ROOT } from '../project-root.js';
import { importCase } from '../store/import-case.js';
import { openStore, type Store } from '../store/open.js';
import { holdBundleJobsAt } from './bundle-jobs.js';
import { takeBundleWorker, returnBundleWorker } from './bundle-workers.js';
import { callApi } from './handlers.js';

const tempDir = useTempDir();
let store: Store | undefined;
afterEach(() => store?.close());

async function poll(c: { store: Store; today(): string }, job: string) {
  for (;;) {
    const status = (await callApi(c, 'bundles/status', { job })) as { state: string; file?: { pages: number } };
    if (status.state !== 'running') return status;
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('bundle jobs (on worker threads, one job per thread at a time)', () => {
  it('build the evidence bundle while the API keeps answering, or stop when cancelled', async () => {
    store = openStore(join(tempDir(), 'casepack.db'));
    const c = { store, today: () => '2026-01-05' };
    const id = await importCase(store, await loadCaseFile(join(PROJECT_ROOT, 'examples', 'zh-sale-of-goods', 'case.json')));

    const { job } = (await callApi(c, 'bundles/start', { kind: 'evidence', id })) as { job: string };
    // The list answers while the bundle is still being built: the work is off this thread.
    expect(await callApi(c, 'cases/list', {})).toHaveLength(1);
    expect(await callApi(c, 'bundles/status', { job })).toMatchObject({ state: 'running' });
    const done = await poll(c, job);
    expect(done).toMatchObject({ state: 'done', file: { pages: expect.any(Number) } });
    await expect(callApi(c, 'bundles/status', { job })).rejects.toThrow(/no bundle job/);

    const second = (await callApi(c, 'bundles/start', { kind: 'evidence', id })) as { job: string };
    expect(await callApi(c, 'bundles/cancel', { job: second.job })).toEqual({ state: 'cancelled' });
    await expect(callApi(c, 'bundles/status', { job: second.job })).rejects.toThrow(/no bundle job/);

    // The cancelled job's thread is gone; the next job gets a working one.
    const third = (await callApi(c, 'bundles/start', { kind: 'evidence', id })) as { job: string };
    expect(await poll(c, third.job)).toMatchObject({
      state: 'done',
      file: { pages: (done as { file: { pages: number } }).file.pages },
    });
  });
});

describe('bundle job progress', () => {
  afterEach(() => holdBundleJobsAt(undefined));

  it('is carried by the status while the job runs, never goes back, and a cancelled job keeps nothing', async () => {
    store = openStore(join(tempDir(), 'casepack.db'));
    const c = { store, today: () => '2026-01-05' };
    const id = await importCase(store, await loadCaseFile(join(PROJECT_ROOT, 'examples', 'zh-sale-of-goods', 'case.json')));
    const files = (await loadCaseFile(join(PROJECT_ROOT, 'examples', 'zh-sale-of-goods', 'case.json'))).data.evidence.length;
    const total = 2 * files + 1;
    type Status = { state: string; progress?: { done: number; total: number; step: string; count: number; of: number } };
    const status = async (job: string) => (await callApi(c, 'bundles/status', { job })) as Status;
    const until = async (job: string, done: number) => {
      for (let s = await status(job); ; s = await status(job)) {
        if ((s.progress?.done ?? -1) >= done) return s;
        await new Promise((r) => setTimeout(r, 20));
      }
    };

    // Held once two files are read: the job stays there, part-way, however fast the machine.
    holdBundleJobsAt(2);
    const { job } = (await callApi(c, 'bundles/start', { kind: 'evidence', id })) as { job: string };
    expect(await until(job, 2)).toEqual({
      state: 'running',
      elapsedMs: expect.any(Number),
      progress: { step: 'reading', done: 2, total, count: 2, of: files },
    });
    await new Promise((r) => setTimeout(r, 300));
    expect((await status(job)).progress).toMatchObject({ done: 2, total });
    holdBundleJobsAt(undefined);
    let last = 2;
    for (;;) {
      const s = await status(job);
      if (s.state !== 'running') {
        expect(s.state).toBe('done');
        break;
      }
      expect(s.progress!.done).toBeGreaterThanOrEqual(last);
      expect(s.progress!.total).toBe(total);
      last = s.progress!.done;
      await new Promise((r) => setTimeout(r, 5));
    }
    expect(await callApi(c, 'outputs/list', { id })).toHaveLength(1);

    // Cancelled while held part-way through placing: the worker stops and no bundle is kept.
    holdBundleJobsAt(files + 1);
    const second = (await callApi(c, 'bundles/start', { kind: 'evidence', id })) as { job: string };
    expect((await until(second.job, files + 1)).progress).toMatchObject({ step: 'placing', done: files + 1 });
    expect(await callApi(c, 'bundles/cancel', { job: second.job })).toEqual({ state: 'cancelled' });
    holdBundleJobsAt(undefined);
    await expect(callApi(c, 'bundles/status', { job: second.job })).rejects.toThrow(/no bundle job/);
    expect(await callApi(c, 'outputs/list', { id })).toHaveLength(1);
  });
});

describe('bundle worker threads', () => {
  it('keep the thread of a finished job as the spare for the next, and stop a second spare', async () => {
    const first = takeBundleWorker();
    const second = takeBundleWorker();
    expect(second).not.toBe(first);
    returnBundleWorker(first);
    returnBundleWorker(second); // there is a spare already: this one stops
    await new Promise((resolve) => second.once('exit', resolve));
    const next = takeBundleWorker();
    expect(next).toBe(first);
    await next.terminate();
    const fresh = takeBundleWorker();
    expect(fresh).not.toBe(first);
    await fresh.terminate();
  });
});
