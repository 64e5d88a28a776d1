import { PDFArray, PDFDict, PDFName, PDFNumber, PDFString, PDFHexString, type PDFDocument } from 'pdf-lib';

/**
 * Each page's label as a reader shows it, from /PageLabels (ISO 32000-1, 12.4.2). Decimal and prefix are
 * read; any other numbering style gives `?`, which never equals a page number.
 */
export function pageLabels(doc: PDFDocument): string[] {
  const count = doc.getPageCount();
  const nums = doc.catalog.lookupMaybe(PDFName.of('PageLabels'), PDFDict)?.lookupMaybe(PDFName.of('Nums'), PDFArray);
  if (!nums) return Array.from({ length: count }, (_, i) => String(i + 1));
  const ranges: { start: number; style?: string; prefix: string; first: number }[] = [];
  for (let i = 0; i + 1 < nums.size(); i += 2) {
    const start = nums.lookupMaybe(i, PDFNumber)?.asNumber() ?? 0;
    const dict = nums.lookupMaybe(i + 1, PDFDict);
    const prefix = dict?.lookup(PDFName.of('P'));
    ranges.push({
      start,
      style: dict?.lookupMaybe(PDFName.of('S'), PDFName)?.decodeText(),
      prefix: prefix instanceof PDFString || prefix instanceof PDFHexString ? prefix.decodeText() : '',
      first: dict?.lookupMaybe(PDFName.of('St'), PDFNumber)?.asNumber() ?? 1,
    });
  }
  return Array.from({ length: count }, (_, i) => {
    const range = ranges.filter((r) => r.start <= i).at(-1);
    if (!range) return String(i + 1);
    const number = range.first + i - range.start;
    return range.prefix + (range.style === 'D' ? String(number) : range.style === undefined ? '' : '?');
  });
}
