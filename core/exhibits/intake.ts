import { readFile } from 'node:fs/promises';
import { readFailureWords } from '../util/read-failure.js';
import { basename, resolve } from 'node:path';
import type { PDFDocument, PDFPage } from 'pdf-lib';
import { sha256Hex } from '../util/sha256.js';
import { orientationOf, type Orientation } from './a4-frame.js';
import { DEFAULT_EXHIBIT_LIMITS, type ExhibitLimits } from './limits.js';
import { MissingExhibitError, UnsupportedExhibitError, type ExhibitRef } from './errors.js';
import { placeImagePage } from './place-image-page.js';
import { placePdfPage } from './place-pdf-page.js';
import { prepareImages, type PreparedImage } from './prepare-image.js';
import { readPdf, type ReadPdf } from './read-pdf.js';
import { sniffFileType } from './sniff-file-type.js';

/**
 * An evidence file read, checked and ready to become A4 pages. `ref` is what the caller knows of it: for the
 * evidence bundle the whole numbered entry (ExhibitEntry), for the courier bundle its id and file.
 */
export interface Exhibit<Ref extends ExhibitRef = ExhibitRef> {
  ref: Ref;
  fileName: string;
  sha256: string;
  size: number;
  kind: 'pdf' | 'image';
  /** One entry per A4 page the exhibit will take. */
  orientations: Orientation[];
  /** Roughly how many bytes the exhibit adds to a bundle, for splitting into volumes. */
  weight: number;
  pdf?: ReadPdf;
  images?: PreparedImage[];
}

/**
 * Reads one evidence file (`ref.file`, relative to `dir`) and checks it: a PDF must open without a password
 * and be whole; an image must decode. Throws an ExhibitError naming the evidence id and file otherwise.
 */
export async function intakeExhibit<Ref extends ExhibitRef>(
  ref: Ref,
  dir: string,
  limits: ExhibitLimits = DEFAULT_EXHIBIT_LIMITS,
): Promise<Exhibit<Ref>> {
  const { path, bytes } = await readExhibitFile(ref, dir);
  return intakeBytes(ref, path, bytes, limits);
}

/** An evidence file's bytes (`ref.file`, relative to `dir`); a file that cannot be read is a MissingExhibitError. */
export async function readExhibitFile(ref: ExhibitRef, dir: string): Promise<{ path: string; bytes: Uint8Array }> {
  const path = resolve(dir, ref.file);
  try {
    return { path, bytes: new Uint8Array(await readFile(path)) };
  } catch (error) {
    throw new MissingExhibitError(ref, readFailureWords(error));
  }
}

/** As `intakeExhibit`, for bytes already in memory (a letter generated for a courier bundle); `path` names it. */
export async function intakeBytes<Ref extends ExhibitRef>(
  ref: Ref,
  path: string,
  bytes: Uint8Array,
  limits: ExhibitLimits = DEFAULT_EXHIBIT_LIMITS,
): Promise<Exhibit<Ref>> {
  if (bytes.length === 0) throw new UnsupportedExhibitError(ref, 'the file is empty', 'empty');
  const type = sniffFileType(bytes);
  const base = { ref, fileName: basename(path), sha256: sha256Hex(bytes), size: bytes.length };
  if (type === 'pdf') {
    const pdf = await readPdf(ref, path, bytes, limits);
    const orientations = pdf.pages.map((p) => orientationOf(p.width, p.height));
    return { ...base, kind: 'pdf', orientations, weight: bytes.length, pdf };
  }
  if (type === 'unknown') throw new UnsupportedExhibitError(ref, 'the file is neither a PDF nor an image');
  const images = await prepareImages(ref, bytes, limits.maxImagePixels);
  const weight = images.reduce((sum, image) => sum + image.bytes.length, 0);
  return { ...base, kind: 'image', orientations: images.map((i) => i.orientation), weight, images };
}

/**
 * Appends the exhibit's pages to `doc` as upright A4 pages with the content inside the content frame.
 * Source PDF pages are copied once per document and keep their content streams as they are.
 */
export async function addExhibitPages(doc: PDFDocument, exhibit: Exhibit): Promise<PDFPage[]> {
  if (exhibit.pdf) {
    const { doc: source, pages: geometry } = exhibit.pdf;
    const copied = await doc.copyPages(
      source,
      geometry.map((_, i) => i),
    );
    return copied.map((page, i) => {
      placePdfPage(doc, page, geometry[i]!);
      return doc.addPage(page);
    });
  }
  return (exhibit.images ?? []).map((image) => placeImagePage(doc, image));
}
