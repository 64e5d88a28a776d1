import { PDFArray, PDFDict, PDFName, PDFRawStream, type PDFFont, type PDFPage } from 'pdf-lib';
import { num } from '../exhibits/pdf-number.js';

/** `zh`: 第 N 页 共 M 页; `en`: Page N of M; `bates`: PREFIX000123. */
export type StampStyle = { kind: 'zh' } | { kind: 'en' } | { kind: 'bates'; prefix: string };

export const STAMP_SIZE = 9;
/** Baseline of the stamp, inside the band that exhibit content never enters (see core/exhibits/a4-frame.ts). */
const STAMP_BASELINE = 14;
const BATES_DIGITS = 6;
const FONT_KEY = 'CasePackStamp';

/** The stamp text for page `n` of `total`; its number is always the PDF page number. */
export function stampText(style: StampStyle, n: number, total: number): string {
  switch (style.kind) {
    case 'zh':
      return `第 ${n} 页 共 ${total} 页`;
    case 'en':
      return `Page ${n} of ${total}`;
    case 'bates':
      return `${style.prefix}${String(n).padStart(BATES_DIGITS, '0')}`;
  }
}

/** Parses the CLI form: `zh`, `en` or `bates:PREFIX` (letters, digits, `-` and `_`). */
export function parseStampStyle(value: string): StampStyle | undefined {
  if (value === 'zh' || value === 'en') return { kind: value };
  const bates = /^bates:([A-Za-z0-9_-]{0,20})$/.exec(value);
  return bates ? { kind: 'bates', prefix: bates[1]! } : undefined;
}

/**
 * Draws the stamp in the bottom band: centred, or at the right for Bates numbers as is usual. The stamp is
 * its own small uncompressed content stream in its own q/Q, appended after the page's content, and the font
 * goes into the page's resources under one fixed key: pdf-lib's drawText would add a font dictionary and a
 * Flate stream per page, which cost more than the rest of the page.
 */
export function drawStamp(page: PDFPage, style: StampStyle, n: number, total: number, font: PDFFont): void {
  const text = stampText(style, n, total);
  const { width } = page.getSize();
  const textWidth = font.widthOfTextAtSize(text, STAMP_SIZE);
  const x = style.kind === 'bates' ? width - 36 - textWidth : (width - textWidth) / 2;
  const key = fontKey(page, font);
  const ops = `q BT 0 g /${key} ${STAMP_SIZE} Tf 1 0 0 1 ${num(x)} ${STAMP_BASELINE} Tm ${font.encodeText(text).toString()} Tj ET Q\n`;
  const { context } = page.node;
  const stream = context.register(PDFRawStream.of(context.obj({}), Buffer.from(ops, 'latin1')));
  const contents = page.node.get(PDFName.of('Contents'));
  const list = contents && context.lookup(contents);
  if (list instanceof PDFArray) list.push(stream);
  else page.node.set(PDFName.of('Contents'), context.obj(contents ? [contents, stream] : [stream]));
}

/** Puts `font` in the page's resources under a key no other font of the page uses (resources may be shared). */
function fontKey(page: PDFPage, font: PDFFont): string {
  const { context } = page.node;
  let resources = page.node.Resources();
  if (!resources) {
    resources = context.obj({});
    page.node.set(PDFName.of('Resources'), resources);
  }
  let fonts = resources.lookupMaybe(PDFName.of('Font'), PDFDict);
  if (!fonts) {
    fonts = context.obj({});
    resources.set(PDFName.of('Font'), fonts);
  }
  for (let i = 0; ; i++) {
    const key = i === 0 ? FONT_KEY : `${FONT_KEY}${i}`;
    const current = fonts.get(PDFName.of(key));
    if (current === undefined || current === font.ref) {
      fonts.set(PDFName.of(key), font.ref);
      return key;
    }
  }
}
