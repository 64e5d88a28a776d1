import { unzipSync } from 'fflate';
import { FileError } from '../errors.js';

export interface ReadZipOptions {
  /** Inflate only the entries whose name passes (a DOCX's text parts): the others cost nothing. */
  only?: (name: string) => boolean;
  /** At most this many entries in the archive (all of them, chosen or not). */
  maxEntries?: number;
  /** At most this many bytes once the chosen entries are inflated, as their headers declare. */
  maxBytes?: number;
}

/** Defaults for any archive a user gives us: generous for office files, far below what would exhaust memory. */
export const ZIP_LIMITS = { maxEntries: 10_000, maxBytes: 256 * 1024 * 1024 };

class ZipLimit extends Error {}

/**
 * The files of a ZIP archive (a DOCX, an XLSX) by name, read with fflate; a damaged archive names the file.
 * Sizes are checked from the central directory before anything is inflated, and fflate inflates each entry into
 * a buffer of its declared size, so a "zip bomb" that lies about its sizes cannot grow past the cap either.
 */
export function readZip(bytes: Uint8Array, file: string, options: ReadZipOptions = {}): Map<string, Uint8Array> {
  const { only, maxEntries, maxBytes } = { ...ZIP_LIMITS, ...options };
  let entries = 0;
  let total = 0;
  try {
    return new Map(
      Object.entries(
        unzipSync(bytes, {
          filter: (entry) => {
            if (++entries > maxEntries) throw new ZipLimit(`more than ${maxEntries} files inside`);
            if (only && !only(entry.name)) return false;
            total += entry.originalSize;
            if (total > maxBytes) throw new ZipLimit(`more than ${Math.round(maxBytes / 1024 / 1024)} MB once unpacked`);
            return true;
          },
        }),
      ),
    );
  } catch (error) {
    if (error instanceof ZipLimit) throw new FileError(file, `refused: the archive has ${error.message}`);
    // fflate's own errors carry a numeric code and say what is wrong; anything else (a RangeError from an
    // archive that lies about its sizes) is internal wording a user cannot act on.
    const detail = typeof (error as { code?: unknown }).code === 'number' ? ` (${(error as Error).message})` : '';
    throw new FileError(file, `not a readable ZIP archive${detail}; save it again from its program`);
  }
}
