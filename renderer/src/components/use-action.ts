import { useCallback, useState } from 'react';

/**
 * For a form or a button that calls the API: `run(work)` clears the last error, runs the work and returns its
 * result, or keeps the failure's message (core's messages name the file or field) and returns undefined.
 */
export function useAction(): { error: string | undefined; run<T>(work: () => Promise<T>): Promise<T | undefined> } {
  const [error, setError] = useState<string>();
  const run = useCallback(async <T>(work: () => Promise<T>): Promise<T | undefined> => {
    try {
      setError(undefined);
      return await work();
    } catch (failure) {
      setError((failure as Error).message);
      return undefined;
    }
  }, []);
  return { error, run };
}
