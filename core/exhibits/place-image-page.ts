import { PDFName, PDFRawStream, type PDFDocument, type PDFPage } from 'pdf-lib';
import { a4Size, contentFrame, fitInto } from './a4-frame.js';
import { num } from './pdf-number.js';
import type { PreparedImage } from './prepare-image.js';

/** Adds an A4 page showing `image` fitted into the content frame, in its own orientation. */
export function placeImagePage(doc: PDFDocument, image: PreparedImage): PDFPage {
  const page = doc.addPage(a4Size(image.orientation));
  const place = fitInto(contentFrame(image.orientation), image.width, image.height);
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
  const draw = `q ${num(place.width)} 0 0 ${num(place.height)} ${num(place.x)} ${num(place.y)} cm ${name.asString()} Do Q\n`;
  const content = doc.context.register(PDFRawStream.of(doc.context.obj({}), Buffer.from(draw, 'latin1')));
  page.node.set(PDFName.of('Contents'), doc.context.obj([content]));
  return page;
}
