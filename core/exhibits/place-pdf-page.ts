import {
  PDFArray,
  PDFName,
  PDFNumber,
  PDFRawStream,
  type PDFRef,
  type PDFContext,
  type PDFDocument,
  type PDFPage,
} from 'pdf-lib';
import { a4Size, contentFrame, fitInto, orientationOf } from './a4-frame.js';
import { flattenAnnotations } from './flatten-annotations.js';
import { num } from './pdf-number.js';
import type { PageGeometry } from './page-geometry.js';

/** An affine matrix [a b c d e f] as in a PDF `cm` operator. */
export type Matrix = [number, number, number, number, number, number];

/** Source user space → displayed space for each /Rotate (clockwise), with the crop box's origin at 0,0. */
function turn(geometry: PageGeometry): Matrix {
  const { width: cw, height: ch } = geometry.crop;
  switch (geometry.rotate) {
    case 90:
      return [0, -1, 1, 0, 0, cw];
    case 180:
      return [-1, 0, 0, -1, cw, ch];
    case 270:
      return [0, 1, -1, 0, ch, 0];
    default:
      return [1, 0, 0, 1, 0, 0];
  }
}

/** The matrix that draws the source page's visible area, upright, fitted into the A4 content frame. */
export function placementMatrix(geometry: PageGeometry): { matrix: Matrix; size: [number, number] } {
  const orientation = orientationOf(geometry.width, geometry.height);
  const place = fitInto(contentFrame(orientation), geometry.width, geometry.height);
  const [a, b, c, d, e, f] = turn(geometry);
  const { x: cx, y: cy } = geometry.crop;
  const s = place.scale;
  const matrix: Matrix = [s * a, s * b, s * c, s * d, place.x + s * (e - a * cx - c * cy), place.y + s * (f - b * cx - d * cy)];
  return { matrix, size: a4Size(orientation) };
}

/**
 * Turns a page copied into `doc` into an upright A4 page: the original content streams are wrapped, untouched,
 * between a transform with a clip to the old crop box and a restore, so nothing is re-encoded. Annotations
 * with an appearance (filled-in forms, stamps) are drawn into the page, since their rectangles no longer fit.
 */
export function placePdfPage(doc: PDFDocument, page: PDFPage, geometry: PageGeometry): void {
  const { matrix, size } = placementMatrix(geometry);
  const { x, y, width, height } = geometry.crop;
  const context = doc.context;
  const flattened = flattenAnnotations(page);
  const before = `q ${matrix.map(num).join(' ')} cm ${num(x)} ${num(y)} ${num(width)} ${num(height)} re W n q\n`;
  const after = `\nQ ${flattened} Q\n`;
  const contents = page.node.Contents();
  const streams = contents instanceof PDFArray ? contents.asArray() : contents ? [page.node.get(PDFName.of('Contents'))!] : [];
  page.node.set(PDFName.of('Contents'), context.obj([rawStream(context, before), ...streams, rawStream(context, after)]));
  page.node.set(PDFName.of('MediaBox'), context.obj([0, 0, size[0], size[1]]));
  for (const box of ['CropBox', 'BleedBox', 'TrimBox', 'ArtBox']) page.node.delete(PDFName.of(box));
  page.node.set(PDFName.of('Rotate'), PDFNumber.of(0));
  page.node.delete(PDFName.of('Annots'));
}

function rawStream(context: PDFContext, text: string): PDFRef {
  return context.register(PDFRawStream.of(context.obj({}), Buffer.from(text, 'latin1')));
}
