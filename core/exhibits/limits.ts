import { ExhibitError, type ExhibitRef } from './errors.js';

/**
 * How much of an evidence file CasePack reads before refusing it. A hostile PDF can declare a page tree that
 * fans out or loops, or a few kilobytes of compressed data that inflate to gigabytes; these keep every exhibit
 * within a bounded amount of work and memory. The defaults are far above any real scan or statement.
 */
export interface ExhibitLimits {
  /** Pages in one PDF exhibit. */
  maxPages: number;
  /** Bytes one PDF stream may inflate to (a page's content, an object stream, an embedded image). */
  maxStreamBytes: number;
  /** Pixels of one image (width × height), in a PDF or an image file. */
  maxImagePixels: number;
  /** Indirect objects in one PDF. */
  maxObjects: number;
}

export const DEFAULT_EXHIBIT_LIMITS: ExhibitLimits = {
  maxPages: 10_000,
  maxStreamBytes: 256 * 1024 * 1024,
  maxImagePixels: 100_000_000,
  maxObjects: 2_000_000,
};

/** The limits as a user sets them (flags, settings): pages, megapixels and megabytes; the defaults for the rest. */
export interface ExhibitLimitChoices {
  maxPages?: number | undefined;
  maxImageMegapixels?: number | undefined;
  maxStreamMegabytes?: number | undefined;
}

export function exhibitLimitsFrom(choices: ExhibitLimitChoices = {}): ExhibitLimits {
  const d = DEFAULT_EXHIBIT_LIMITS;
  const { maxPages, maxImageMegapixels: mp, maxStreamMegabytes: mb } = choices;
  return {
    ...d,
    maxPages: maxPages === undefined ? d.maxPages : Math.floor(maxPages),
    maxImagePixels: mp === undefined ? d.maxImagePixels : Math.floor(mp * 1e6),
    maxStreamBytes: mb === undefined ? d.maxStreamBytes : Math.floor(mb * 1024 * 1024),
  };
}

/** Page-tree levels; a balanced tree of 10,000 pages needs fewer than ten. */
export const MAX_PAGE_TREE_DEPTH = 64;

export type ExhibitLimitName = keyof ExhibitLimits;

/** Thrown where the exhibit is not known (a stream, an image); the reader of the exhibit names it. */
export class LimitExceeded extends Error {
  override name = 'LimitExceeded';
  constructor(
    readonly limit: ExhibitLimitName,
    readonly value: number | undefined,
    readonly max: number,
  ) {
    super(`over ${limit}`);
  }
}

/** Runs `work`, naming the exhibit when it goes past a limit. */
export async function withinLimits<T>(exhibit: ExhibitRef, work: () => T | Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof LimitExceeded) throw new ExhibitLimitError(exhibit, error.limit, error.value, error.max);
    throw error;
  }
}

/** The exhibit goes past one of the limits; `limit` names which, `value` what the file has, `max` the limit. */
export class ExhibitLimitError extends ExhibitError {
  override name = 'ExhibitLimitError';
  override readonly code = 'exhibit-over-limit';
  constructor(
    exhibit: ExhibitRef,
    readonly limit: ExhibitLimitName,
    readonly value: number | undefined,
    readonly max: number,
  ) {
    super(exhibit, limitMessage(limit, value, max));
  }

  override get params() {
    return {
      exhibit: this.exhibit.id,
      title: this.exhibit.title ?? '',
      file: this.exhibit.file,
      limit: this.limit,
      max: this.max,
      detail: this.detail,
      ...(this.value === undefined ? {} : { value: this.value }),
    };
  }
}

const WHAT: Record<ExhibitLimitName, (n: string) => string> = {
  maxPages: (n) => `${n} pages`,
  maxStreamBytes: (n) => `${n} bytes of uncompressed data in one part`,
  maxImagePixels: (n) => `${n} pixels in one image`,
  maxObjects: (n) => `${n} PDF objects`,
};

function limitMessage(limit: ExhibitLimitName, value: number | undefined, max: number): string {
  const has =
    value === undefined ? 'more than ' + WHAT[limit](max.toLocaleString('en')) : WHAT[limit](value.toLocaleString('en'));
  return `it has ${has}, over the limit of ${max.toLocaleString('en')} (${limit}); split the file, or scan it again at a lower resolution`;
}
