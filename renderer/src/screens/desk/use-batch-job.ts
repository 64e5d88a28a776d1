import { useEffect, useRef, useState } from 'react';
import type { ApiErrorPayload } from '../../../../core/api/public-api.js';
import { errorPayload } from '../../api/client.js';

type Status<D> =
  | { state: 'running'; done: number; total: number }
  | { state: 'failed'; error: ApiErrorPayload }
  | { state: 'cancelled' }
  | (D & { state: 'done'; size: number });

/** The calls of a batch on a worker thread: start it, ask where it stands, stop it, read out its zip and drop it. */
export interface BatchCalls<A, D> {
  start(args: A): Promise<{ job: string }>;
  status(job: string): Promise<Status<D>>;
  cancel(job: string): Promise<{ state: string }>;
  /** A chunk of the finished zip from `offset` (base64), none past its end. */
  read(job: string, offset: number): Promise<{ bytes: string }>;
  discard(job: string): Promise<unknown>;
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

  /** The finished batch with its zip, or nothing when it failed or was cancelled. */
  async function start(request: A): Promise<(D & { blob: Blob }) | undefined> {
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
          const { size, ...rest } = status;
          const blob = await readZip(calls, started.job, size);
          const finished = { ...(rest as unknown as D), blob };
          setResult(finished);
          return finished;
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

/** The finished zip, read out chunk by chunk (core keeps it on disk, not in memory), then dropped there. */
async function readZip<A, D>(calls: BatchCalls<A, D>, job: string, size: number): Promise<Blob> {
  try {
    const parts: BlobPart[] = [];
    for (let offset = 0; offset < size;) {
      const { bytes } = await calls.read(job, offset);
      const chunk = Uint8Array.from(atob(bytes), (c) => c.charCodeAt(0));
      if (chunk.length === 0) break;
      parts.push(chunk);
      offset += chunk.length;
    }
    return new Blob(parts, { type: 'application/zip' });
  } finally {
    await calls.discard(job);
  }
}
