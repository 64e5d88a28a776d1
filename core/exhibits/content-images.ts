import { inflateSync } from 'node:zlib';
import {
  PDFArray,
  PDFDict,
  PDFName,
  PDFNumber,
  PDFRawStream,
  PDFRef,
  PDFStream,
  decodePDFRawStream,
  type PDFContext,
  type PDFPage,
} from 'pdf-lib';
import { scanContent } from './content-scanner.js';
import { DEFAULT_EXHIBIT_LIMITS, LimitExceeded } from './limits.js';
import type { Matrix } from './place-pdf-page.js';

const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];
const SUBTYPE = PDFName.of('Subtype');
const IMAGE = PDFName.of('Image');
const FORM = PDFName.of('Form');
const MAX_FORM_DEPTH = 6;
/** Forms drawn per page, counting repeats: a form drawing another many times over must not fan out. */
const MAX_FORM_DRAWS = 10_000;

/** What one page's walk has spent: forms drawn and bytes inflated, both capped. */
interface Budget {
  draws: number;
  bytes: number;
  max: number;
}

/** One image drawn on a page: the image XObject, and its resolution there in pixels per inch. */
export interface ImageUse {
  ref: PDFRef | undefined;
  image: PDFStream;
  dpi: number;
}

/**
 * Every image XObject a page draws, directly or through form XObjects, with the resolution it is drawn at
 * when the page's user space is mapped by `start` (a placement on a bundle page; identity by default).
 */
export function pageImageUses(
  page: PDFPage,
  start: Matrix = IDENTITY,
  maxBytes = DEFAULT_EXHIBIT_LIMITS.maxStreamBytes,
): ImageUse[] {
  const { context } = page.node;
  const resources = page.node.Resources();
  if (!resources?.lookupMaybe(PDFName.of('XObject'), PDFDict)) return [];
  const contents = page.node.Contents();
  const streams = contents instanceof PDFArray ? contents.asArray().map((r) => context.lookup(r)) : [contents];
  const bytes = streams.filter((s): s is PDFRawStream => s instanceof PDFRawStream).map((s) => decodeStream(s, maxBytes));
  const uses: ImageUse[] = [];
  walk(context, Buffer.concat(bytes.flatMap((b) => [b, NEWLINE])), resources, start, 0, uses, {
    draws: 0,
    bytes: 0,
    max: maxBytes,
  });
  return uses;
}

/** The highest resolution, in pixels per inch, of any image drawn on a page (0 when none; Infinity when too large to read). */
export function maxImageDpi(page: PDFPage): number {
  try {
    return pageImageUses(page).reduce((highest, use) => Math.max(highest, use.dpi), 0);
  } catch (error) {
    if (error instanceof LimitExceeded) return Number.POSITIVE_INFINITY;
    throw error;
  }
}

const NEWLINE = Buffer.from('\n');

/** How far pdf-lib's own decoders (LZW, run-length, hex…) can expand their input at most. */
const MAX_OTHER_FILTER_RATIO = 4096;

/**
 * A stream's decoded bytes, at most `max` of them (else LimitExceeded); an unreadable stream gives none.
 * Plain Flate goes through zlib, which is many times faster than pdf-lib's decoder and stops at the cap;
 * pdf-lib's decoders cannot stop early, so they only get input that cannot expand past it.
 */
export function decodeStream(stream: PDFRawStream, max = DEFAULT_EXHIBIT_LIMITS.maxStreamBytes): Buffer {
  const filter = stream.dict.lookup(PDFName.of('Filter'));
  const plainFlate =
    (filter === PDFName.of('FlateDecode') ||
      (filter instanceof PDFArray && filter.size() === 1 && filter.lookup(0) === PDFName.of('FlateDecode'))) &&
    !stream.dict.has(PDFName.of('DecodeParms'));
  if (plainFlate) return inflateCapped(stream.contents, max);
  if (filter !== undefined && stream.contents.length * MAX_OTHER_FILTER_RATIO > max)
    throw new LimitExceeded('maxStreamBytes', undefined, max);
  try {
    return Buffer.from(decodePDFRawStream(stream).decode());
  } catch {
    return Buffer.alloc(0);
  }
}

/** Inflates zlib data, tolerating a cut-off end, refusing to give more than `max` bytes. */
export function inflateCapped(bytes: Uint8Array, max: number): Buffer {
  try {
    return inflateSync(bytes, { finishFlush: 2 /* Z_SYNC_FLUSH: tolerate a cut-off end */, maxOutputLength: max });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE')
      throw new LimitExceeded('maxStreamBytes', undefined, max);
    return Buffer.alloc(0);
  }
}

function multiply(m: Matrix, n: Matrix): Matrix {
  return [
    m[0] * n[0] + m[1] * n[2],
    m[0] * n[1] + m[1] * n[3],
    m[2] * n[0] + m[3] * n[2],
    m[2] * n[1] + m[3] * n[3],
    m[4] * n[0] + m[5] * n[2] + n[4],
    m[4] * n[1] + m[5] * n[3] + n[5],
  ];
}

/** Follows q/Q/cm and Do through the content, into form XObjects, collecting the images drawn. */
function walk(
  context: PDFContext,
  content: Buffer,
  resources: PDFDict | undefined,
  start: Matrix,
  depth: number,
  uses: ImageUse[],
  budget: Budget,
) {
  const xobjects = resources?.lookupMaybe(PDFName.of('XObject'), PDFDict);
  if (!xobjects) return;
  let ctm = start;
  const stack: Matrix[] = [];
  scanContent(content, (op, operands) => {
    if (op === 'q') stack.push(ctm);
    else if (op === 'Q') ctm = stack.pop() ?? ctm;
    else if (op === 'cm' && operands.count >= 6) {
      const at = operands.count - 6;
      const m = [0, 1, 2, 3, 4, 5].map((k) => operands.number(at + k));
      if (m.every(Number.isFinite)) ctm = multiply(m as Matrix, ctm);
    } else if (op === 'Do' && operands.count > 0) {
      const entry = xobjects.get(nameOf(operands.text(operands.count - 1)));
      const xobject = entry && context.lookup(entry);
      if (xobject instanceof PDFStream)
        drawn(context, entry instanceof PDFRef ? entry : undefined, xobject, ctm, depth, uses, budget);
    }
  });
}

function drawn(
  context: PDFContext,
  ref: PDFRef | undefined,
  xobject: PDFStream,
  ctm: Matrix,
  depth: number,
  uses: ImageUse[],
  budget: Budget,
) {
  const dict = xobject.dict;
  const subtype = dict.lookupMaybe(SUBTYPE, PDFName); // names are interned: compared by identity
  if (subtype === IMAGE) {
    const px = (key: string) => dict.lookupMaybe(PDFName.of(key), PDFNumber)?.asNumber() ?? 0;
    const width = Math.hypot(ctm[0], ctm[1]) / 72;
    const height = Math.hypot(ctm[2], ctm[3]) / 72;
    if (width > 0 && height > 0) uses.push({ ref, image: xobject, dpi: Math.max(px('Width') / width, px('Height') / height) });
    return;
  }
  if (subtype !== FORM || depth >= MAX_FORM_DEPTH || !(xobject instanceof PDFRawStream)) return;
  if (++budget.draws > MAX_FORM_DRAWS) return;
  const m = dict.lookupMaybe(PDFName.of('Matrix'), PDFArray);
  const matrix = m ? (m.asArray().map((n) => (n instanceof PDFNumber ? n.asNumber() : 0)) as Matrix) : IDENTITY;
  const content = decodeStream(xobject, budget.max);
  budget.bytes += content.length;
  if (budget.bytes > budget.max) throw new LimitExceeded('maxStreamBytes', undefined, budget.max);
  walk(context, content, dict.lookupMaybe(PDFName.of('Resources'), PDFDict), multiply(matrix, ctm), depth + 1, uses, budget);
}

/** PDFName.of decodes `#xx` escapes on every call; a page names the same few XObjects over and over. */
const names = new Map<string, PDFName>();
function nameOf(operand: string): PDFName {
  let name = names.get(operand);
  if (!name) {
    if (names.size > 10_000) names.clear(); // a long-running app meets many PDFs
    names.set(operand, (name = PDFName.of(operand.slice(1))));
  }
  return name;
}
