import { useEffect, useRef, useState } from 'react';
import type { ApiArgs, ApiErrorPayload, ApiResult } from '../../../../core/api/public-api.js';
import { api, errorPayload } from '../../api/client.js';

type Finished = Extract<ApiResult<'letters/batch-status'>, { state: 'done' }>;

/**
 * One batch of letters: starts it, polls its progress (letters made of the cases selected), keeps the finished
 * zip as a Blob to save again, and `cancel` terminates the worker thread that makes them.
 */
export function useLettersJob() {
  const [job, setJob] = useState<{ id: string; done: number; total: number }>();
  const [error, setError] = useState<ApiErrorPayload>();
  const [result, setResult] = useState<Omit<Finished, 'zip'> & { blob: Blob }>();
  const [cancelled, setCancelled] = useState(false);
  const live = useRef(true);
  useEffect(() => {
    live.current = true;
    return () => {
      live.current = false;
    };
  }, []);

  async function start(request: ApiArgs<'letters/batch-start'>): Promise<Blob | undefined> {
    setError(undefined);
    setResult(undefined);
    setCancelled(false);
    try {
      const started = await api.send('letters/batch-start', request);
      setJob({ id: started.job, done: 0, total: request.caseIds.length });
      for (;;) {
        await new Promise((r) => setTimeout(r, 250));
        if (!live.current) return undefined;
        const status = await api.send('letters/batch-status', { job: started.job });
        if (status.state === 'running') {
          setJob({ id: started.job, done: status.done, total: status.total });
          continue;
        }
        if (status.state === 'done') {
          const { zip, ...rest } = status;
          const blob = new Blob([Uint8Array.from(atob(zip), (c) => c.charCodeAt(0))], { type: 'application/zip' });
          setResult({ ...rest, blob });
          return blob;
        }
        if (status.state === 'failed') setError(status.error);
        else setCancelled(true);
        return undefined;
      }
    } catch (failure) {
      // A job cancelled meanwhile is collected by `letters/batch-cancel`; its status is then gone, which is no error.
      if (errorPayload(failure).code !== 'letters-job-gone') setError(errorPayload(failure));
      return undefined;
    } finally {
      if (live.current) setJob(undefined);
    }
  }

  async function cancel() {
    if (!job) return;
    try {
      const { state } = await api.send('letters/batch-cancel', { job: job.id });
      setCancelled(state === 'cancelled');
    } catch (failure) {
      setError(errorPayload(failure));
    }
  }

  return { job, error, result, cancelled, start, cancel };
}
