import type { PDFFont, PDFPage } from 'pdf-lib';
import { PageInk } from './page-ink.js';

/** `zh`: 第 N 页 共 M 页; `en`: Page N of M; `bates`: PREFIX000123. */
export type StampStyle = { kind: 'zh' } | { kind: 'en' } | { kind: 'bates'; prefix: string };

export const STAMP_SIZE = 9;
/** Baseline of the stamp, inside the band that exhibit content never enters (see core/exhibits/a4-frame.ts). */
const STAMP_BASELINE = 14;
const BATES_DIGITS = 6;

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

/** The CLI form of a style, as parseStampStyle reads it back. */
export function stampOption(style: StampStyle): string {
  return style.kind === 'bates' ? `bates:${style.prefix}` : style.kind;
}

/** Parses the CLI form: `zh`, `en` or `bates:PREFIX` (letters, digits, `-` and `_`). */
export function parseStampStyle(value: string): StampStyle | undefined {
  if (value === 'zh' || value === 'en') return { kind: value };
  const bates = /^bates:([A-Za-z0-9_-]{0,20})$/.exec(value);
  return bates ? { kind: 'bates', prefix: bates[1]! } : undefined;
}

/**
 * Draws the stamp in the bottom band: centred, or at the right for Bates numbers as is usual. It is its own
 * small content stream, appended after the page's content in its own q/Q (see PageInk).
 */
export function drawStamp(page: PDFPage, style: StampStyle, n: number, total: number, font: PDFFont): void {
  const text = stampText(style, n, total);
  const { width } = page.getSize();
  const textWidth = font.widthOfTextAtSize(text, STAMP_SIZE);
  const x = style.kind === 'bates' ? width - 36 - textWidth : (width - textWidth) / 2;
  const ink = new PageInk(page);
  ink.text(text, font, STAMP_SIZE, x, STAMP_BASELINE);
  ink.finish();
}

/** A second line in the bottom band, above the stamp: a note that must be on every page (a reconstruction). */
export function drawBandNote(page: PDFPage, text: string, font: PDFFont): void {
  const size = 8;
  const { width } = page.getSize();
  const ink = new PageInk(page);
  ink.text(text, font, size, (width - font.widthOfTextAtSize(text, size)) / 2, STAMP_BASELINE + STAMP_SIZE + 3);
  ink.finish();
}
