import { degrees, grayscale, setCharacterSpacing, type PDFFont, type PDFImage, type PDFPage } from 'pdf-lib';
import type { FaceId } from './fonts.js';
import type { PageLayout } from './layout-types.js';

const INK = grayscale(0);
/** Noto SC has no italic: a slanted roman stands in for it. */
const OBLIQUE = degrees(12);

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
  for (const line of layout.lines) {
    for (const run of line.runs) {
      // Tc is part of the graphics state, so it applies to the text drawn next (pdf-lib has no option).
      if (run.charSpacing !== 0) page.pushOperators(setCharacterSpacing(run.charSpacing));
      page.drawText(run.text, {
        x: run.x,
        y: line.y,
        size: run.size,
        font: fonts.get(run.face)!,
        color: INK,
        xSkew: run.italic ? OBLIQUE : undefined,
      });
      if (run.charSpacing !== 0) page.pushOperators(setCharacterSpacing(0));
      if (run.underline) {
        const y = line.y - run.size * 0.12;
        page.drawLine({ start: { x: run.x, y }, end: { x: run.x + run.width, y }, thickness: run.size * 0.05, color: INK });
      }
    }
  }
}
