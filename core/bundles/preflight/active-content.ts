import { PDFArray, PDFDict, PDFName, PDFRef, PDFStream, type PDFDocument, type PDFObject } from 'pdf-lib';
import { manifestStreamRef } from '../manifest.js';

/**
 * Actions that run code, open or send files, or leave the document (ISO 32000-1, 12.6.4; 32000-2 adds
 * RichMediaExecute). GoTo and GoToR (the bundle's own links and bookmarks, between its volumes), Named
 * (next page…) and the like only move the view and are allowed.
 */
const ACTING = new Set([
  'JavaScript',
  'Launch',
  'SubmitForm',
  'ImportData',
  'ResetForm',
  'URI',
  'GoToE',
  'Rendition',
  'Movie',
  'Sound',
  'Hide',
  'RichMediaExecute',
]);
const CARRIERS = new Set(['RichMedia', 'FileAttachment', 'Movie', 'Sound', 'Screen', '3D']);

/** One piece of active content: what it is, and the 0-based page it is on when it belongs to one. */
export interface ActiveContent {
  what: string;
  page?: number;
}

/**
 * Everything in a PDF that could act when it is opened: actions of the kinds above wherever they are,
 * additional-action (/AA) and JavaScript entries, media and attachment annotations, XFA forms, and embedded
 * files other than the CasePack manifest. Every object is looked at, reached or not, so nothing hides in
 * an orphan object; a find is put on a page when that page (or its annotations) holds it.
 */
export function findActiveContent(doc: PDFDocument): ActiveContent[] {
  const pageOf = new Map<PDFObject, number>();
  doc.getPages().forEach((page, i) => {
    pageOf.set(page.node, i);
    const annots = page.node.Annots();
    for (let k = 0; k < (annots?.size() ?? 0); k++) {
      const annot = annots!.lookup(k);
      if (!annot) continue;
      pageOf.set(annot, i);
      const action = annot instanceof PDFDict ? annot.lookup(PDFName.of('A')) : undefined;
      if (action) pageOf.set(action, i);
    }
  });
  const manifest = manifestStreamRef(doc);
  const found: ActiveContent[] = [];
  for (const [ref, object] of doc.context.enumerateIndirectObjects()) {
    const stack: { value: PDFObject; page: number | undefined }[] = [{ value: object, page: pageOf.get(object) }];
    while (stack.length > 0) {
      const { value, page } = stack.pop()!;
      const dict = value instanceof PDFStream ? value.dict : value instanceof PDFDict ? value : undefined;
      if (value instanceof PDFArray) {
        for (const item of value.asArray()) if (!(item instanceof PDFRef)) stack.push({ value: item, page });
        continue;
      }
      if (!dict) continue;
      const what = activeKind(dict, value instanceof PDFStream && ref !== manifest);
      if (what) found.push(page === undefined ? { what } : { what, page });
      for (const [, item] of dict.entries())
        if (!(item instanceof PDFRef)) stack.push({ value: item, page: pageOf.get(item) ?? page });
    }
  }
  return found;
}

function activeKind(dict: PDFDict, foreignStream: boolean): string | undefined {
  const name = (key: string) => dict.lookupMaybe(PDFName.of(key), PDFName)?.decodeText();
  const action = name('S');
  if (action && ACTING.has(action) && (dict.has(PDFName.of('S')) || name('Type') === 'Action')) return `${action} action`;
  if (dict.has(PDFName.of('JS'))) return 'JavaScript';
  if (dict.has(PDFName.of('AA'))) return 'additional actions (/AA)';
  if (dict.has(PDFName.of('XFA'))) return 'an XFA form';
  const subtype = name('Subtype');
  if (name('Type') !== 'XObject' && subtype && CARRIERS.has(subtype) && dict.has(PDFName.of('Rect')))
    return `a ${subtype} annotation`;
  if (foreignStream && name('Type') === 'EmbeddedFile') return 'an embedded file';
  return undefined;
}
