import { PDFHexString, PDFName, PDFNumber, PDFString, type PDFDocument, type PDFPage, type PDFRef } from 'pdf-lib';

/** Where a link or bookmark goes: a page of this file, or a page (0-based) of another volume's file. */
export type Target = { page: PDFRef } | { file: string; pageIndex: number };

function destination(doc: PDFDocument, target: Target) {
  // XYZ with null zoom keeps the reader's zoom: the bundle stays at 100% as it opened.
  if ('page' in target) return { Dest: doc.context.obj([target.page, 'XYZ', null, null, null]) };
  return {
    A: doc.context.obj({
      S: 'GoToR',
      F: PDFString.of(target.file),
      D: [target.pageIndex, 'XYZ', null, null, null],
      NewWindow: false,
    }),
  };
}

/** Makes `rect` on `page` a link to `target`, with no visible border. */
export function addLink(doc: PDFDocument, page: PDFPage, rect: readonly number[], target: Target): void {
  const annot = doc.context.obj({
    Type: 'Annot',
    Subtype: 'Link',
    Rect: [...rect],
    Border: [0, 0, 0],
    ...destination(doc, target),
  });
  page.node.addAnnot(doc.context.register(annot));
}

/**
 * Writes a flat outline (bookmarks). pdf-lib has no outline API, so the dictionaries are built as ISO 32000-1,
 * 12.3.3 describes them; titles are UTF-16 so Chinese shows in every reader. The reader opens on the outline.
 */
export function writeOutline(doc: PDFDocument, items: readonly { title: string; target: Target }[]): void {
  if (items.length === 0) return;
  const { context } = doc;
  const root = context.nextRef();
  const refs = items.map(() => context.nextRef());
  items.forEach((item, i) => {
    const dict = context.obj({ Title: PDFHexString.fromText(item.title), Parent: root, ...destination(doc, item.target) });
    if (i > 0) dict.set(PDFName.of('Prev'), refs[i - 1]!);
    if (i < items.length - 1) dict.set(PDFName.of('Next'), refs[i + 1]!);
    context.assign(refs[i]!, dict);
  });
  context.assign(root, context.obj({ Type: 'Outlines', First: refs[0]!, Last: refs.at(-1)!, Count: PDFNumber.of(items.length) }));
  doc.catalog.set(PDFName.of('Outlines'), root);
  doc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
}

/**
 * Page labels equal to the printed numbers (the first page of a later volume continues the count), and the
 * first page opening at 100% zoom (E&W e-bundle guidance, paras 2 and 6).
 */
export function setNumberingAndView(doc: PDFDocument, firstNumber: number): void {
  const { context } = doc;
  doc.catalog.set(PDFName.of('PageLabels'), context.obj({ Nums: [0, { S: 'D', St: firstNumber }] }));
  const first = doc.getPage(0);
  doc.catalog.set(PDFName.of('OpenAction'), context.obj([first.ref, 'XYZ', null, null, 1]));
}
