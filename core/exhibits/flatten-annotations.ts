import { PDFArray, PDFDict, PDFName, PDFNumber, PDFRef, PDFStream, type PDFContext, type PDFPage } from 'pdf-lib';
import { num } from './pdf-number.js';

const HIDDEN = 1 << 1;
const NO_VIEW = 1 << 5;

/**
 * Returns the operators that draw each visible annotation's normal appearance where a reader would draw it
 * (ISO 32000-1, 12.5.5), in the page's own user space, and adds the appearances to the page's resources.
 */
export function flattenAnnotations(page: PDFPage): string {
  const annots = page.node.Annots();
  if (!annots) return '';
  const context = page.node.context;
  let ops = '';
  for (let i = 0; i < annots.size(); i++) {
    const annot = annots.lookupMaybe(i, PDFDict);
    if (!annot || annot.lookupMaybe(PDFName.of('Subtype'), PDFName) === PDFName.of('Popup')) continue;
    const flags = annot.lookupMaybe(PDFName.of('F'), PDFNumber)?.asNumber() ?? 0;
    if (flags & (HIDDEN | NO_VIEW)) continue;
    const appearance = normalAppearance(annot);
    const rect = numbers(annot.lookupMaybe(PDFName.of('Rect'), PDFArray), context);
    if (!appearance || rect.length !== 4) continue;
    const bbox = numbers(appearance.stream.dict.lookupMaybe(PDFName.of('BBox'), PDFArray), context);
    const matrix = numbers(appearance.stream.dict.lookupMaybe(PDFName.of('Matrix'), PDFArray), context);
    const box = transformedBox(bbox, matrix.length === 6 ? matrix : [1, 0, 0, 1, 0, 0]);
    if (!box) continue;
    const [rx1, ry1, rx2, ry2] = [
      Math.min(rect[0]!, rect[2]!),
      Math.min(rect[1]!, rect[3]!),
      Math.max(rect[0]!, rect[2]!),
      Math.max(rect[1]!, rect[3]!),
    ];
    const sx = (rx2 - rx1) / (box[2] - box[0] || 1);
    const sy = (ry2 - ry1) / (box[3] - box[1] || 1);
    const name = page.node.newXObject('Annot', appearance.ref);
    ops += `q ${num(sx)} 0 0 ${num(sy)} ${num(rx1 - sx * box[0])} ${num(ry1 - sy * box[1])} cm ${name.asString()} Do Q `;
  }
  return ops;
}

function normalAppearance(annot: PDFDict): { ref: PDFRef; stream: PDFStream } | undefined {
  const ap = annot.lookupMaybe(PDFName.of('AP'), PDFDict);
  let entry = ap?.get(PDFName.of('N'));
  const resolved = entry && annot.context.lookup(entry);
  if (resolved instanceof PDFDict && !(resolved instanceof PDFStream)) {
    const state = annot.lookupMaybe(PDFName.of('AS'), PDFName);
    entry = state ? resolved.get(state) : undefined;
  }
  const stream = entry && annot.context.lookup(entry);
  return entry instanceof PDFRef && stream instanceof PDFStream ? { ref: entry, stream } : undefined;
}

function numbers(array: PDFArray | undefined, context: PDFContext): number[] {
  if (!array) return [];
  return array.asArray().map((item) => {
    const value = context.lookup(item);
    return value instanceof PDFNumber ? value.asNumber() : NaN;
  });
}

/** The axis-aligned bounds of `bbox` after `matrix`. */
function transformedBox(bbox: number[], m: number[]): [number, number, number, number] | undefined {
  if (bbox.length !== 4 || bbox.some(Number.isNaN) || m.some(Number.isNaN)) return undefined;
  const corners = [
    [bbox[0]!, bbox[1]!],
    [bbox[2]!, bbox[1]!],
    [bbox[0]!, bbox[3]!],
    [bbox[2]!, bbox[3]!],
  ].map(([x, y]) => [m[0]! * x! + m[2]! * y! + m[4]!, m[1]! * x! + m[3]! * y! + m[5]!] as const);
  const xs = corners.map((c) => c[0]);
  const ys = corners.map((c) => c[1]);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}
