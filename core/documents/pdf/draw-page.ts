import type { PDFFont, PDFImage, PDFOperator, PDFPage } from 'pdf-lib';
import { pdfLib } from './pdf-lib-cjs.js';
import type { FaceId } from './fonts.js';
import type { PageLayout } from './layout-types.js';

const {
  beginText,
  degrees,
  endText,
  grayscale,
  PDFName,
  popGraphicsState,
  pushGraphicsState,
  rotateAndSkewTextDegreesAndTranslate,
  setCharacterSpacing,
  setFillingColor,
  setFontAndSize,
  showText,
} = pdfLib;

const INK = grayscale(0);
/** Noto SC has no italic: a slanted roman stands in for it. */
const OBLIQUE = degrees(12).angle;

export interface DrawResources {
  fonts: ReadonlyMap<FaceId, PDFFont>;
  images: ReadonlyMap<Uint8Array, PDFImage>;
}

/** Draws one laid-out page: shading and borders first, then rules, images and text on top. */
export function drawPage(page: PDFPage, layout: PageLayout, { fonts, images }: DrawResources): void {
  for (const box of layout.boxes) {
    page.drawRectangle({
      x: box.x,
      y: box.y,
      width: box.width,
      height: box.height,
      color: box.fill === undefined ? undefined : grayscale(box.fill),
      borderColor: box.border === undefined ? undefined : INK,
      borderWidth: box.border ?? 0,
    });
  }
  for (const rule of layout.rules) {
    page.drawLine({ start: { x: rule.x1, y: rule.y1 }, end: { x: rule.x2, y: rule.y2 }, thickness: rule.thickness, color: INK });
  }
  for (const image of layout.images) {
    page.drawImage(images.get(image.bytes)!, { x: image.x, y: image.y, width: image.width, height: image.height });
  }
  // One resource name per face (F0, F1…), set once per page: pdf-lib's drawText adds two new randomly
  // named entries to the page's font resources on every call, which bloats the file and makes it differ
  // from run to run. The text operators are the ones drawText writes.
  const keys = new Map<FaceId, ReturnType<typeof PDFName.of>>();
  const keyOf = (face: FaceId) => {
    let key = keys.get(face);
    if (!key) {
      keys.set(face, (key = PDFName.of(`F${keys.size}`)));
      page.node.setFontDictionary(key, fonts.get(face)!.ref);
    }
    return key;
  };
  // All the page's text in one text object: the colour once, the font and the character spacing only where
  // they change, then a text matrix and the glyphs per run. Nine operators a run (drawText's q BT … ET Q)
  // were a fifth of the time of drawing and saving a letter; a reader shows and extracts the same.
  const operators: PDFOperator[] = [pushGraphicsState(), beginText(), setFillingColor(INK)];
  let fontKey: ReturnType<typeof PDFName.of> | undefined;
  let fontSize = 0;
  let charSpacing = 0;
  const underlines: Parameters<PDFPage['drawLine']>[0][] = [];
  for (const line of layout.lines) {
    for (const run of line.runs) {
      const font: PDFFont = fonts.get(run.face)!;
      const key = keyOf(run.face);
      if (key !== fontKey || run.size !== fontSize) operators.push(setFontAndSize(key, run.size));
      fontKey = key;
      fontSize = run.size;
      // Tc: the extra space a justified CJK line puts after every glyph.
      if (run.charSpacing !== charSpacing) operators.push(setCharacterSpacing(run.charSpacing));
      charSpacing = run.charSpacing;
      operators.push(
        rotateAndSkewTextDegreesAndTranslate(0, run.italic ? OBLIQUE : 0, 0, run.x, line.y),
        showText(font.encodeText(run.text)),
      );
      if (run.underline) {
        const y = line.y - run.size * 0.12;
        underlines.push({ start: { x: run.x, y }, end: { x: run.x + run.width, y }, thickness: run.size * 0.05, color: INK });
      }
    }
  }
  operators.push(endText(), popGraphicsState());
  page.pushOperators(...operators);
  for (const underline of underlines) page.drawLine(underline);
}
