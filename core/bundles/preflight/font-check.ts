import { PDFArray, PDFDict, PDFName, PDFStream, type PDFPage } from 'pdf-lib';

/** Names each font of the page that is not embedded or has no ToUnicode map (so its text cannot be copied). */
export function fontProblems(page: PDFPage): string[] {
  const fonts = page.node.Resources()?.lookupMaybe(PDFName.of('Font'), PDFDict);
  if (!fonts) return [];
  const problems: string[] = [];
  for (const [key] of fonts.entries()) {
    const font = fonts.lookupMaybe(key, PDFDict);
    if (!font) continue;
    const descendant = font.lookupMaybe(PDFName.of('DescendantFonts'), PDFArray)?.lookupMaybe(0, PDFDict) ?? font;
    const descriptor = descendant.lookupMaybe(PDFName.of('FontDescriptor'), PDFDict);
    const embedded = ['FontFile', 'FontFile2', 'FontFile3'].some((k) => descriptor?.lookup(PDFName.of(k)) instanceof PDFStream);
    if (!embedded) problems.push(`${key.decodeText()}: not embedded`);
    if (!(font.lookup(PDFName.of('ToUnicode')) instanceof PDFStream)) problems.push(`${key.decodeText()}: no ToUnicode`);
  }
  return problems;
}
