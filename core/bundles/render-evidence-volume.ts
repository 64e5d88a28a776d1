import type { PDFDocument, PDFPage } from 'pdf-lib';
import { A4_LONG, A4_SHORT } from '../exhibits/a4-frame.js';
import { addExhibitPages } from '../exhibits/intake.js';
import { embedBundleFonts, type BundleFonts } from './bundle-fonts.js';
import type { BundleLabels } from './bundle-labels.js';
import type { BundlePlan, PlannedExhibit, PlannedVolume } from './bundle-plan.js';
import { drawCover, type CoverFacts } from './cover-page.js';
import { drawDivider } from './divider-page.js';
import { drawIndex, type IndexLayout } from './index-table.js';
import { addLink, setNumberingAndView, writeOutline, type Target } from './navigation.js';
import { drawStamp, type StampStyle } from './stamp.js';

export interface VolumeInput {
  doc: PDFDocument;
  plan: BundlePlan;
  volume: PlannedVolume;
  labels: BundleLabels;
  stamp: StampStyle;
  cover: CoverFacts;
  index: IndexLayout;
  fileNameOf: (volume: number) => string;
  /** Told when each exhibit's pages are in. */
  onPlaced?: (item: PlannedExhibit) => void;
}

/**
 * Fills one volume: the cover and index (first volume only), each exhibit after its optional divider, a
 * stamp on every page but the cover, index rows linked to their exhibits, and the outline.
 */
export async function renderEvidenceVolume(input: VolumeInput): Promise<void> {
  const { doc, plan, volume, labels, stamp } = input;
  const fonts = await embedBundleFonts(doc, labels.script);
  const pageOf = new Map<number, PDFPage>();
  let indexPages: PDFPage[] = [];
  if (volume.n === 1) {
    pageOf.set(1, doc.addPage([A4_SHORT, A4_LONG]));
    drawCover(pageOf.get(1)!, fonts, labels, input.cover);
    indexPages = plan.indexPages.map((n) => pageOf.set(n, doc.addPage([A4_SHORT, A4_LONG])).get(n)!);
  }
  for (const item of volume.exhibits) {
    let n = item.firstPage;
    if (item.divider !== undefined) {
      const divider = doc.addPage([A4_SHORT, A4_LONG]);
      drawDivider(divider, fonts, labels, item.exhibit.ref);
      pageOf.set(n++, divider);
    }
    for (const page of await addExhibitPages(doc, item.exhibit)) pageOf.set(n++, page);
    input.onPlaced?.(item);
  }
  for (const [n, page] of pageOf) if (n > 1) drawStamp(page, stamp, n, plan.totalPages, fonts.font.body);
  const targetOf = (page: number, inVolume: number): Target =>
    inVolume === volume.n
      ? { page: pageOf.get(page)!.ref }
      : { file: input.fileNameOf(inVolume), pageIndex: page - firstPageOf(plan, inVolume) };
  if (volume.n === 1) linkIndex(doc, indexPages, fonts, input, targetOf);
  const outline = plan.exhibits
    .filter((item) => item.volume === volume.n)
    .map((item) => ({
      title: labels.bookmark(`${labels.exhibitHeading(item.exhibit.ref.number)} ${item.exhibit.ref.title}`, item.firstPage),
      target: targetOf(item.firstPage, item.volume),
    }));
  if (volume.n === 1 && indexPages[0])
    outline.unshift({ title: labels.bookmark(labels.indexTitle, plan.indexPages[0]!), target: { page: indexPages[0].ref } });
  writeOutline(doc, outline);
  setNumberingAndView(doc, volume.firstPage);
}

function firstPageOf(plan: BundlePlan, volume: number): number {
  return plan.volumes[volume - 1]!.firstPage;
}

function linkIndex(
  doc: PDFDocument,
  pages: PDFPage[],
  fonts: BundleFonts,
  input: VolumeInput,
  targetOf: (page: number, volume: number) => Target,
): void {
  const { plan, labels } = input;
  const byNumber = new Map(plan.exhibits.map((item) => [item.exhibit.ref.number, item]));
  const pagesOf = (number: number) => {
    const item = byNumber.get(number)!;
    return labels.pageRange(item.firstPage, item.lastPage);
  };
  for (const box of drawIndex(pages, fonts, labels, input.index, pagesOf)) {
    const item = byNumber.get(box.number)!;
    addLink(doc, pages[box.page]!, box.rect, targetOf(item.firstPage, item.volume));
  }
}
