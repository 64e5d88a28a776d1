import { useEffect, useRef, useState } from 'react';
import type { ApiErrorPayload } from '../../../../core/api/public-api.js';
import { errorPayload } from '../../api/client.js';

type Status<D> =
  | { state: 'running'; done: number; total: number }
  | { state: 'failed'; error: ApiErrorPayload }
  | { state: 'cancelled' }
  | (D & { state: 'done'; zip: string });

/** The three calls of a batch on a worker thread: start it, ask where it stands, stop it. */
export interface BatchCalls<A, D> {
  start(args: A): Promise<{ job: string }>;
  status(job: string): Promise<Status<D>>;
  cancel(job: string): Promise<{ state: string }>;
  /** The code of the error for a job already collected (after a cancel), which is no error to show. */
  goneCode: string;
}

/**
 * One batch on a worker thread: starts it, polls its progress (cases done of those chosen), keeps the
 * finished zip as a Blob to save again, and `cancel` terminates the worker thread.
 */
export function useBatchJob<A extends { caseIds: readonly number[] }, D>(calls: BatchCalls<A, D>) {
  const [job, setJob] = useState<{ id: string; done: number; total: number }>();
  const [error, setError] = useState<ApiErrorPayload>();
  const [result, setResult] = useState<D & { blob: Blob }>();
  const [cancelled, setCancelled] = useState(false);
  const live = useRef(true);
  useEffect(() => {
    live.current = true;
    return () => {
      live.current = false;
    };
  }, []);

  async function start(request: A): Promise<Blob | undefined> {
    setError(undefined);
    setResult(undefined);
    setCancelled(false);
    try {
      const started = await calls.start(request);
      setJob({ id: started.job, done: 0, total: request.caseIds.length });
      for (;;) {
        await new Promise((r) => setTimeout(r, 250));
        if (!live.current) return undefined;
        const status = await calls.status(started.job);
        if (status.state === 'running') {
          setJob({ id: started.job, done: status.done, total: status.total });
          continue;
        }
        if (status.state === 'done') {
          const { zip, ...rest } = status;
          const blob = new Blob([Uint8Array.from(atob(zip), (c) => c.charCodeAt(0))], { type: 'application/zip' });
          setResult({ ...(rest as unknown as D), blob });
          return blob;
        }
        if (status.state === 'failed') setError(status.error);
        else setCancelled(true);
        return undefined;
      }
    } catch (failure) {
      // A job cancelled meanwhile is collected by its cancel call; its status is then gone, which is no error.
      if (errorPayload(failure).code !== calls.goneCode) setError(errorPayload(failure));
      return undefined;
    } finally {
      if (live.current) setJob(undefined);
    }
  }

  async function cancel() {
    if (!job) return;
    try {
      const { state } = await calls.cancel(job.id);
      setCancelled(state === 'cancelled');
    } catch (failure) {
      setError(errorPayload(failure));
    }
  }

  return { job, error, result, cancelled, start, cancel };
}
