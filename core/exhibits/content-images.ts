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
import type { Matrix } from './place-pdf-page.js';

const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];
const MAX_FORM_DEPTH = 6;

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
export function pageImageUses(page: PDFPage, start: Matrix = IDENTITY): ImageUse[] {
  const { context } = page.node;
  const resources = page.node.Resources();
  if (!resources?.lookupMaybe(PDFName.of('XObject'), PDFDict)) return [];
  const contents = page.node.Contents();
  const streams = contents instanceof PDFArray ? contents.asArray().map((r) => context.lookup(r)) : [contents];
  const bytes = streams.filter((s): s is PDFRawStream => s instanceof PDFRawStream).map(decodeStream);
  const uses: ImageUse[] = [];
  walk(context, Buffer.concat(bytes.flatMap((b) => [b, NEWLINE])), resources, start, 0, uses);
  return uses;
}

/** The highest resolution, in pixels per inch, of any image drawn on a page (0 when none). */
export function maxImageDpi(page: PDFPage): number {
  return pageImageUses(page).reduce((highest, use) => Math.max(highest, use.dpi), 0);
}

const NEWLINE = Buffer.from('\n');

/** A stream's decoded bytes; plain Flate goes through zlib, which is many times faster than pdf-lib's decoder. */
export function decodeStream(stream: PDFRawStream): Buffer {
  try {
    const filter = stream.dict.lookup(PDFName.of('Filter'));
    const plainFlate =
      (filter === PDFName.of('FlateDecode') ||
        (filter instanceof PDFArray && filter.size() === 1 && filter.lookup(0) === PDFName.of('FlateDecode'))) &&
      !stream.dict.has(PDFName.of('DecodeParms'));
    if (plainFlate) return inflateSync(stream.contents, { finishFlush: 2 /* Z_SYNC_FLUSH: tolerate a cut-off end */ });
    return Buffer.from(decodePDFRawStream(stream).decode());
  } catch {
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
) {
  const xobjects = resources?.lookupMaybe(PDFName.of('XObject'), PDFDict);
  if (!xobjects) return;
  let ctm = start;
  const stack: Matrix[] = [];
  scanContent(content, (op, operands) => {
    if (op === 'q') stack.push(ctm);
    else if (op === 'Q') ctm = stack.pop() ?? ctm;
    else if (op === 'cm' && operands.length >= 6) ctm = multiply(operands.slice(-6).map(Number) as Matrix, ctm);
    else if (op === 'Do' && operands.length > 0) {
      const entry = xobjects.get(PDFName.of(operands.at(-1)!.slice(1)));
      const xobject = entry && context.lookup(entry);
      if (xobject instanceof PDFStream) drawn(context, entry instanceof PDFRef ? entry : undefined, xobject, ctm, depth, uses);
    }
  });
}

function drawn(context: PDFContext, ref: PDFRef | undefined, xobject: PDFStream, ctm: Matrix, depth: number, uses: ImageUse[]) {
  const dict = xobject.dict;
  const subtype = dict.lookupMaybe(PDFName.of('Subtype'), PDFName)?.decodeText();
  if (subtype === 'Image') {
    const px = (key: string) => dict.lookupMaybe(PDFName.of(key), PDFNumber)?.asNumber() ?? 0;
    const width = Math.hypot(ctm[0], ctm[1]) / 72;
    const height = Math.hypot(ctm[2], ctm[3]) / 72;
    if (width > 0 && height > 0) uses.push({ ref, image: xobject, dpi: Math.max(px('Width') / width, px('Height') / height) });
    return;
  }
  if (subtype !== 'Form' || depth >= MAX_FORM_DEPTH || !(xobject instanceof PDFRawStream)) return;
  const m = dict.lookupMaybe(PDFName.of('Matrix'), PDFArray);
  const matrix = m ? (m.asArray().map((n) => (n instanceof PDFNumber ? n.asNumber() : 0)) as Matrix) : IDENTITY;
  walk(
    context,
    decodeStream(xobject),
    dict.lookupMaybe(PDFName.of('Resources'), PDFDict),
    multiply(matrix, ctm),
    depth + 1,
    uses,
  );
}

const WHITE = new Uint8Array(256);
for (const c of [0, 9, 10, 12, 13, 32]) WHITE[c] = 1;
const DELIMITER = new Uint8Array(256);
for (const c of '()<>[]{}/%') DELIMITER[c.charCodeAt(0)] = 1;
const code = (c: string): number => c.charCodeAt(0);
const [PERCENT, OPEN, CLOSE, LESS, GREATER, BACKSLASH, SLASH] = [
  code('%'),
  code('('),
  code(')'),
  code('<'),
  code('>'),
  code('\\'),
  code('/'),
];

/**
 * A minimal content-stream scanner: calls `onOperator` with each operator and the operands before it (numbers
 * and names as text; strings, hex strings, arrays and dictionaries as placeholders); inline images skipped.
 * It works on bytes and only turns operands into strings, which keeps it fast on scanned pages.
 */
export function scanContent(content: Buffer, onOperator: (op: string, operands: string[]) => void): void {
  const n = content.length;
  let operands: string[] = [];
  let i = 0;
  while (i < n) {
    const c = content[i]!;
    if (WHITE[c]) i++;
    else if (c === PERCENT) {
      while (i < n && content[i] !== 10 && content[i] !== 13) i++;
    } else if (c === OPEN) {
      for (let depth = 0; i < n; i++) {
        const b = content[i];
        if (b === BACKSLASH) i++;
        else if (b === OPEN) depth++;
        else if (b === CLOSE && --depth === 0) break;
      }
      i++;
      operands.push('()');
    } else if (c === LESS && content[i + 1] !== LESS) {
      const end = content.indexOf(GREATER, i);
      i = end < 0 ? n : end + 1;
      operands.push('<>');
    } else if (DELIMITER[c] && c !== SLASH) {
      i += c === LESS || c === GREATER ? 2 : 1;
    } else {
      let end = i + 1;
      while (end < n && !WHITE[content[end]!] && !DELIMITER[content[end]!]) end++;
      const word = content.toString('latin1', i, end);
      i = end;
      const operand = c === SLASH || (c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46;
      if (operand) operands.push(word);
      else {
        if (word === 'BI') i = afterInlineImage(content, i);
        onOperator(word, operands);
        operands = [];
      }
    }
  }
}

/** The offset after an inline image's `EI`, searching from its `ID`. */
function afterInlineImage(content: Buffer, from: number): number {
  const data = content.indexOf('ID', from, 'latin1');
  if (data < 0) return content.length;
  for (let at = content.indexOf('EI', data + 3, 'latin1'); at >= 0; at = content.indexOf('EI', at + 1, 'latin1'))
    if (WHITE[content[at - 1]!] && (at + 2 >= content.length || WHITE[content[at + 2]!])) return at + 3;
  return content.length;
}
