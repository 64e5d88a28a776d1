/** What a bundle build is doing: reading the evidence files, placing exhibits on pages, writing the PDF. */
export type BundleStep = 'reading' | 'placing' | 'writing';

/**
 * How far a bundle build has come. `done` of `total` is the whole job, for a bar: each file read counts
 * one, each exhibit placed one, and the finished file one, so `total` is known before any work starts and
 * `done` only grows. `count` of `of` is the current step in its own unit, for the words beside the bar:
 * files read, pages placed, pages written.
 */
export interface BundleProgress {
  step: BundleStep;
  done: number;
  total: number;
  count: number;
  of: number;
}

export type OnBundleProgress = (progress: BundleProgress) => void;

/** The counter a builder reports through, for `files` evidence files (each becomes one exhibit). */
export interface ProgressCounter {
  /** One more file read (files are read two at a time, so in any order). */
  read(): void;
  /** Placing starts (again, when a split into volumes is retried: `done` then waits until it passes its best). */
  placing(): void;
  /** One more exhibit placed, its last page being `page` of `pages`. */
  placed(page: number, pages: number): void;
  /** A volume of `pages` pages is being written. */
  writing(pages: number): void;
  /** Every volume is written: `done` reaches `total`. */
  written(pages: number): void;
}

/** A counter for a build of `files` evidence files; it reports `reading 0 / files` at once. */
export function progressCounter(files: number, onProgress: OnBundleProgress | undefined): ProgressCounter {
  const total = 2 * files + 1;
  let read = 0;
  let placed = 0;
  let best = 0;
  const report = (step: BundleStep, done: number, count: number, of: number) => {
    best = Math.max(best, done);
    onProgress?.({ step, done: best, total, count, of });
  };
  report('reading', 0, 0, files);
  return {
    read: () => report('reading', ++read, read, files),
    placing: () => {
      placed = 0;
    },
    placed: (page, pages) => report('placing', files + ++placed, page, pages),
    writing: (pages) => report('writing', files + placed, 0, pages),
    written: (pages) => report('writing', total, pages, pages),
  };
}
