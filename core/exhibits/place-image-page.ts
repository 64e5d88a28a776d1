import { PDFName, PDFRawStream, type PDFDocument, type PDFPage } from 'pdf-lib';
import { a4Size, contentFrame, fitInto } from './a4-frame.js';
import { num } from './pdf-number.js';
import type { PreparedImage } from './prepare-image.js';

/**
 * Maps the image's unit square (u right, v up, stored row 0 at v = 1) onto the upright unit square, for each
 * EXIF orientation (CIPA DC-008, tag 0x0112): 6 means stored row 0 is the right side, so x = v, y = 1 − u.
 */
const EXIF_TURNS: Record<number, [number, number, number, number, number, number]> = {
  1: [1, 0, 0, 1, 0, 0],
  2: [-1, 0, 0, 1, 1, 0],
  3: [-1, 0, 0, -1, 1, 1],
  4: [1, 0, 0, -1, 0, 1],
  5: [0, -1, -1, 0, 1, 1],
  6: [0, -1, 1, 0, 0, 1],
  7: [0, 1, 1, 0, 0, 0],
  8: [0, 1, -1, 0, 1, 0],
};

/** Adds an A4 page showing `image` fitted into the content frame, in its own orientation. */
export function placeImagePage(doc: PDFDocument, image: PreparedImage): PDFPage {
  const page = doc.addPage(a4Size(image.orientation));
  const turned = image.exifOrientation >= 5;
  const place = fitInto(
    contentFrame(image.orientation),
    turned ? image.height : image.width,
    turned ? image.width : image.height,
  );
  const ref = doc.context.register(
    PDFRawStream.of(
      doc.context.obj({
        Type: 'XObject',
        Subtype: 'Image',
        Width: image.width,
        Height: image.height,
        BitsPerComponent: 8,
        ColorSpace: image.gray ? 'DeviceGray' : 'DeviceRGB',
        Filter: image.filter,
        Length: image.bytes.length,
      }),
      image.bytes,
    ),
  );
  const name = page.node.newXObject('Im', ref);
  const [a, b, c, d, e, f] = EXIF_TURNS[image.exifOrientation] ?? EXIF_TURNS[1]!;
  const { x, y, width: w, height: h } = place;
  const matrix = [a * w, b * h, c * w, d * h, x + e * w, y + f * h];
  const draw = `q ${matrix.map(num).join(' ')} cm ${name.asString()} Do Q\n`;
  const content = doc.context.register(PDFRawStream.of(doc.context.obj({}), Buffer.from(draw, 'latin1')));
  page.node.set(PDFName.of('Contents'), doc.context.obj([content]));
  return page;
}
