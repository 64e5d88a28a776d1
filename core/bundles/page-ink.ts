import { PDFArray, PDFDict, PDFName, PDFRawStream, type PDFFont, type PDFPage } from 'pdf-lib';
import { num } from '../exhibits/pdf-number.js';

const FONT_KEY = 'CasePack';

/**
 * Text and ruled lines for one page, written as raw content operators and appended to the page as one
 * uncompressed stream in its own q/Q. pdf-lib's drawText and drawRectangle build a dozen checked operator
 * objects per call (and a font resource per page), which cost more than everything else on an index page.
 * Everything is drawn in black, as the bundle's pages are.
 */
export class PageInk {
  private ops = 'q 0 g 0 G\n';
  private readonly keys = new Map<PDFFont, string>();

  constructor(readonly page: PDFPage) {}

  /** One line of text with its baseline starting at x, y. */
  text(line: string, font: PDFFont, size: number, x: number, y: number): void {
    this.ops += `BT /${this.keyOf(font)} ${num(size)} Tf 1 0 0 1 ${num(x)} ${num(y)} Tm ${font.encodeText(line).toString()} Tj ET\n`;
  }

  /** The outline of a rectangle, `lineWidth` points wide. */
  rectangle(x: number, y: number, width: number, height: number, lineWidth: number): void {
    this.ops += `${num(lineWidth)} w ${num(x)} ${num(y)} ${num(width)} ${num(height)} re S\n`;
  }

  /** Appends what was drawn to the page's content. */
  finish(): void {
    const { context } = this.page.node;
    const stream = context.register(PDFRawStream.of(context.obj({}), Buffer.from(`${this.ops}Q\n`, 'latin1')));
    const contents = this.page.node.get(PDFName.of('Contents'));
    const list = contents && context.lookup(contents);
    if (list instanceof PDFArray) list.push(stream);
    else this.page.node.set(PDFName.of('Contents'), context.obj(contents ? [contents, stream] : [stream]));
    this.ops = 'q 0 g 0 G\n';
  }

  private keyOf(font: PDFFont): string {
    let key = this.keys.get(font);
    if (key === undefined) this.keys.set(font, (key = fontKey(this.page, font)));
    return key;
  }
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
    const key = `${FONT_KEY}${i}`;
    const current = fonts.get(PDFName.of(key));
    if (current === undefined || current === font.ref) {
      fonts.set(PDFName.of(key), font.ref);
      return key;
    }
  }
}
