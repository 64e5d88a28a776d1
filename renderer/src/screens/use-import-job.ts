import { useEffect, useRef, useState } from 'react';
import type { ApiArgs, ApiErrorPayload } from '../../../core/api/public-api.js';
import { api, errorPayload } from '../api/client.js';

export type ImportOutcome = { created: number; existing: number } | 'cancelled';

/** One import job at a time: starts it, polls its fraction done, and cancels it (the worker rolls back). */
export function useImportJob() {
  const [job, setJob] = useState<{ id: string; fraction: number }>();
  const [error, setError] = useState<ApiErrorPayload>();
  const [outcome, setOutcome] = useState<ImportOutcome>();
  const live = useRef(true);
  useEffect(() => {
    live.current = true;
    return () => {
      live.current = false;
    };
  }, []);

  async function start(request: ApiArgs<'import/start'>) {
    setError(undefined);
    setOutcome(undefined);
    try {
      const { job: id } = await api.send('import/start', request);
      setJob({ id, fraction: 0 });
      for (;;) {
        await new Promise((r) => setTimeout(r, 200));
        if (!live.current) return;
        const status = await api.send('import/status', { job: id });
        if (status.state === 'running') {
          setJob({ id, fraction: status.fraction });
          continue;
        }
        if (status.state === 'done') setOutcome({ created: status.created, existing: status.existing });
        else if (status.state === 'failed') setError(status.error);
        else setOutcome('cancelled');
        break;
      }
    } catch (failure) {
      setError(errorPayload(failure));
    } finally {
      if (live.current) setJob(undefined);
    }
  }

  async function cancel() {
    if (!job) return;
    // Answers once the worker has stopped; the polling loop then reads `cancelled` (or `done`, had it finished first).
    await api.send('import/cancel', { job: job.id }).catch((failure: unknown) => setError(errorPayload(failure)));
  }

  function reset() {
    setOutcome(undefined);
    setError(undefined);
  }

  return { job, error, outcome, start, cancel, reset };
}
