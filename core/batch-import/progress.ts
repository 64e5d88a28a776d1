/**
 * Progress of a long batch job (import, letters), reported through a callback: the CLI draws a bar on a
 * terminal and plain lines otherwise; the app forwards the same events to its screens.
 */
export interface BatchProgress {
  phase: 'read' | 'check' | 'write' | 'letters';
  done: number;
  total: number;
  /** What was just done, e.g. a case's title. */
  label?: string;
}

export type ProgressListener = (event: BatchProgress) => void;

/** Calls `listener` every `every` items and on the last, so that 10,000 rows do not mean 10,000 redraws. */
export function throttled(listener: ProgressListener | undefined, every = 25): ProgressListener {
  return (event) => {
    if (listener && (event.done % every === 0 || event.done === event.total || event.done === 0)) listener(event);
  };
}
