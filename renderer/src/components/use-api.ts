import { useEffect, useRef, useState } from 'react';
import type { ApiErrorPayload } from '../../../core/api/public-api.js';
import { errorPayload } from '../api/client.js';

export interface Loaded<T> {
  data: T | undefined;
  error: ApiErrorPayload | undefined;
  reload(): void;
}

/**
 * Runs an API call when the component mounts, whenever `deps` change (compared by value) and on `reload`,
 * keeping its result or its error.
 */
export function useApi<T>(call: () => Promise<T>, deps: readonly unknown[]): Loaded<T> {
  const [data, setData] = useState<T>();
  const [error, setError] = useState<ApiErrorPayload>();
  const [generation, setGeneration] = useState(0);
  const latest = useRef(call);
  useEffect(() => {
    latest.current = call;
  });
  const key = JSON.stringify(deps);
  useEffect(() => {
    let live = true;
    latest.current().then(
      (result) => {
        if (!live) return;
        setData(result);
        setError(undefined);
      },
      (failure: unknown) => {
        if (live) setError(errorPayload(failure));
      },
    );
    return () => {
      live = false;
    };
  }, [key, generation]);
  return { data, error, reload: () => setGeneration((g) => g + 1) };
}
