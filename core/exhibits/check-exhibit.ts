import { ExhibitError, ExhibitsRefusedError, UnsupportedExhibitError, type ExhibitRef } from './errors.js';
import { DEFAULT_EXHIBIT_LIMITS, type ExhibitLimits } from './limits.js';
import { checkImage } from './prepare-image.js';
import { readExhibitFile } from './intake.js';
import { openPdf } from './read-pdf.js';
import { sniffFileType } from './sniff-file-type.js';

/**
 * Whether an evidence file can go into a bundle, decided when it comes in: a PDF must open without a password,
 * be whole and within the page and size limits; an image must decode and be within the pixel limit. Throws the
 * ExhibitError naming it; prepares nothing (no pages copied, no image resampled), so it is cheap enough to run
 * on every file added and in `validate`. `path` is where the bytes are on disk (qpdf reads an encrypted PDF there).
 */
export async function checkExhibitBytes(
  ref: ExhibitRef,
  path: string,
  bytes: Uint8Array,
  limits: ExhibitLimits = DEFAULT_EXHIBIT_LIMITS,
): Promise<void> {
  if (bytes.length === 0) throw new UnsupportedExhibitError(ref, 'the file is empty', 'empty');
  const type = sniffFileType(bytes);
  if (type === 'pdf') await openPdf(ref, path, bytes, limits);
  else if (type === 'unknown') throw new UnsupportedExhibitError(ref, 'the file is neither a PDF nor an image');
  else await checkImage(ref, bytes, limits.maxImagePixels);
}

/** As `checkExhibitBytes`, reading `ref.file` relative to `dir`. */
export async function checkExhibitFile(
  ref: ExhibitRef,
  dir: string,
  limits: ExhibitLimits = DEFAULT_EXHIBIT_LIMITS,
): Promise<void> {
  const { path, bytes } = await readExhibitFile(ref, dir);
  await checkExhibitBytes(ref, path, bytes, limits);
}

/** Checks every exhibit, one at a time, and returns the problem of each bad one, in order. */
export async function exhibitProblems(
  refs: readonly ExhibitRef[],
  dir: string,
  limits: ExhibitLimits = DEFAULT_EXHIBIT_LIMITS,
): Promise<ExhibitError[]> {
  const problems: ExhibitError[] = [];
  for (const ref of refs) {
    try {
      await checkExhibitFile(ref, dir, limits);
    } catch (error) {
      if (!(error instanceof ExhibitError)) throw error;
      problems.push(error);
    }
  }
  return problems;
}

/** Throws ExhibitsRefusedError naming every bad exhibit, if any. */
export async function checkAllExhibits(
  refs: readonly ExhibitRef[],
  dir: string,
  limits: ExhibitLimits = DEFAULT_EXHIBIT_LIMITS,
): Promise<void> {
  const problems = await exhibitProblems(refs, dir, limits);
  if (problems.length > 0) throw new ExhibitsRefusedError(problems);
}
