import { PDFDict, PDFName, type PDFDocument, type PDFObject } from 'pdf-lib';

/** Annotations that play, run or carry something rather than show it: dropped, not flattened. */
const CARRIERS = new Set(['RichMedia', 'FileAttachment', 'Movie', 'Sound', 'Screen', '3D']);

/** What flattening needs of an annotation (flatten-annotations.ts): how it looks and where. */
const KEPT = ['Subtype', 'F', 'Rect', 'AS'].map((k) => PDFName.of(k));
const AP = PDFName.of('AP');
const N = PDFName.of('N');

/**
 * Takes from each page of an exhibit, before it is copied into a bundle, everything that could act when the
 * bundle is opened: the page's additional actions (/AA), and each annotation's actions, links, form field,
 * page and popup references, keeping only its normal appearance and rectangle. Media, 3D and file
 * attachment annotations go altogether. Copying a page copies every object it reaches, so what is cut here
 * never reaches the bundle. The catalog (OpenAction, document JavaScript, embedded files) is never copied.
 */
export function stripActiveContent(doc: PDFDocument): void {
  const { context } = doc;
  for (const page of doc.getPages()) {
    page.node.delete(PDFName.of('AA'));
    const annots = page.node.Annots();
    if (!annots) continue;
    const kept: PDFObject[] = [];
    for (let i = 0; i < annots.size(); i++) {
      const annot = annots.lookupMaybe(i, PDFDict);
      const subtype = annot?.lookupMaybe(PDFName.of('Subtype'), PDFName)?.decodeText();
      if (!annot || !subtype || CARRIERS.has(subtype) || subtype === 'Popup') continue;
      const plain = context.obj({});
      for (const key of KEPT) {
        const value = annot.get(key);
        if (value !== undefined) plain.set(key, value);
      }
      const normal = annot.lookupMaybe(AP, PDFDict)?.get(N);
      if (normal !== undefined) plain.set(AP, context.obj({ N: normal }));
      kept.push(plain);
    }
    page.node.set(PDFName.of('Annots'), context.obj(kept));
  }
}
