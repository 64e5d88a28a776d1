import { useCallback, useState } from 'react';
import type { ApiErrorPayload } from '../../../core/api/public-api.js';
import { errorPayload } from '../api/client.js';

/**
 * For a form or a button that calls the API: `run(work)` clears the last error, runs the work and returns its
 * result, or keeps the failure (for `ErrorBox`, which words it in the interface's language) and returns undefined.
 */
export function useAction(): { error: ApiErrorPayload | undefined; run<T>(work: () => Promise<T>): Promise<T | undefined> } {
  const [error, setError] = useState<ApiErrorPayload>();
  const run = useCallback(async <T>(work: () => Promise<T>): Promise<T | undefined> => {
    try {
      setError(undefined);
      return await work();
    } catch (failure) {
      setError(errorPayload(failure));
      return undefined;
    }
  }, []);
  return { error, run };
}
