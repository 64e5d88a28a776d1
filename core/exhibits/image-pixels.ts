import { PDFDict, PDFName, PDFNumber, PDFStream, type PDFObject, type PDFPage } from 'pdf-lib';
import { LimitExceeded } from './limits.js';

const RESOURCES = PDFName.of('Resources');
const XOBJECT = PDFName.of('XObject');
const SUBTYPE = PDFName.of('Subtype');
const IMAGE = PDFName.of('Image');
const FORM = PDFName.of('Form');
const SMASK = PDFName.of('SMask');

/**
 * Refuses (LimitExceeded) a PDF whose pages use an image XObject, or its soft mask, of more than `maxPixels`
 * (width × height as its dictionary declares them), directly or through form XObjects at any depth. Nothing
 * is decoded or inflated: only dictionaries pdf-lib has already parsed are read, each once (a visited set),
 * so the work and memory are bounded by the PDF's object count. What a bundle would decode is known when the
 * file comes in, instead of when the bundle is made.
 */
export function checkImagePixels(pages: readonly PDFPage[], maxPixels: number): void {
  const seen = new Set<PDFObject>();
  const resources: PDFDict[] = pages.map(pageResources).filter((r): r is PDFDict => r !== undefined);
  while (resources.length > 0) {
    const dict = resources.pop()!;
    if (seen.has(dict)) continue;
    seen.add(dict);
    const xobjects = dict.lookup(XOBJECT);
    if (!(xobjects instanceof PDFDict)) continue;
    for (const value of xobjects.values()) {
      const xobject = dict.context.lookup(value);
      if (!(xobject instanceof PDFStream) || seen.has(xobject)) continue;
      seen.add(xobject);
      const subtype = xobject.dict.lookup(SUBTYPE);
      if (subtype === IMAGE) {
        checkImage(xobject.dict, maxPixels);
        const mask = dict.context.lookup(xobject.dict.get(SMASK));
        if (mask instanceof PDFStream) checkImage(mask.dict, maxPixels);
      } else if (subtype === FORM) {
        const inner = xobject.dict.lookup(RESOURCES);
        if (inner instanceof PDFDict) resources.push(inner);
      }
    }
  }
}

function checkImage(dict: PDFDict, maxPixels: number): void {
  const pixels = side(dict, 'Width') * side(dict, 'Height');
  if (pixels > maxPixels) throw new LimitExceeded('maxImagePixels', pixels, maxPixels);
}

function side(dict: PDFDict, key: string): number {
  const value = dict.lookup(PDFName.of(key));
  return value instanceof PDFNumber ? Math.max(0, value.asNumber()) : 0;
}

/** A page's resources, inherited from the page tree where the page has none; none when they are not a dictionary. */
function pageResources(page: PDFPage): PDFDict | undefined {
  const found = page.node.getInheritableAttribute(RESOURCES);
  const resources = found && page.node.context.lookup(found);
  return resources instanceof PDFDict ? resources : undefined;
}
