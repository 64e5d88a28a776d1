import { PDFArray, PDFDict, PDFHexString, PDFName, PDFNumber, PDFString, type PDFDocument, type PDFObject } from 'pdf-lib';

/** Where a link or bookmark leads: a 0-based page of this file, or of another file. */
export type ReadTarget = { pageIndex: number; file?: string } | undefined;

/** The pages' 0-based indexes, by object reference. */
export function pageIndexByRef(doc: PDFDocument): Map<string, number> {
  return new Map(doc.getPages().map((page, i) => [page.ref.toString(), i]));
}

/** Reads /Dest or a GoTo/GoToR action of a link annotation or outline item. */
export function targetOf(doc: PDFDocument, item: PDFDict, pages: Map<string, number>): ReadTarget {
  const dest = item.lookup(PDFName.of('Dest'));
  if (dest instanceof PDFArray) return arrayTarget(dest.get(0), pages);
  const action = item.lookupMaybe(PDFName.of('A'), PDFDict);
  const kind = action?.lookupMaybe(PDFName.of('S'), PDFName)?.decodeText();
  const d = action?.lookup(PDFName.of('D'));
  if (!(d instanceof PDFArray)) return undefined;
  if (kind === 'GoTo') return arrayTarget(d.get(0), pages);
  if (kind === 'GoToR') {
    const page = d.lookup(0);
    const file = action!.lookup(PDFName.of('F'));
    const name = file instanceof PDFString || file instanceof PDFHexString ? file.decodeText() : undefined;
    return page instanceof PDFNumber ? { pageIndex: page.asNumber(), file: name } : undefined;
  }
  return undefined;
}

function arrayTarget(first: PDFObject | undefined, pages: Map<string, number>): ReadTarget {
  const index = first ? pages.get(first.toString()) : undefined;
  return index === undefined ? undefined : { pageIndex: index };
}

/** The top-level outline items, with their titles and targets. */
export function outlineItems(doc: PDFDocument): { title: string; target: ReadTarget }[] {
  const pages = pageIndexByRef(doc);
  const items: { title: string; target: ReadTarget }[] = [];
  let item = doc.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict)?.lookupMaybe(PDFName.of('First'), PDFDict);
  const seen = new Set<PDFDict>();
  while (item && !seen.has(item)) {
    seen.add(item);
    const title = item.lookup(PDFName.of('Title'));
    items.push({
      title: title instanceof PDFString || title instanceof PDFHexString ? title.decodeText() : '',
      target: targetOf(doc, item, pages),
    });
    item = item.lookupMaybe(PDFName.of('Next'), PDFDict);
  }
  return items;
}

/** The link annotations of a page, with their targets. */
export function pageLinks(doc: PDFDocument, pageIndex: number): ReadTarget[] {
  const pages = pageIndexByRef(doc);
  const annots = doc.getPage(pageIndex).node.Annots();
  const links: ReadTarget[] = [];
  for (let i = 0; i < (annots?.size() ?? 0); i++) {
    const annot = annots!.lookupMaybe(i, PDFDict);
    if (annot?.lookupMaybe(PDFName.of('Subtype'), PDFName) === PDFName.of('Link')) links.push(targetOf(doc, annot, pages));
  }
  return links;
}
