import type { PDFPage } from 'pdf-lib';
import type { BundleFonts } from './bundle-fonts.js';
import type { BundleLabels } from './bundle-labels.js';
import { PageInk } from './page-ink.js';
import { drawBlock, measureBlock } from './page-text.js';

const MARGIN = 64;
const LABEL_WIDTH = 112;

/** The first page of a courier bundle: what was sent, to whom, how, and what happened to it. */
export function drawCourierFirstPage(
  page: PDFPage,
  fonts: BundleFonts,
  labels: BundleLabels,
  title: string,
  facts: [string, string][],
): void {
  const { width, height } = page.getSize();
  const ink = new PageInk(page);
  const inner = { x: MARGIN, width: width - 2 * MARGIN };
  let top =
    drawBlock(ink, fonts, [labels.courierTitle], { ...inner, top: height - 90 }, { face: 'heading', size: 24, align: 'center' }) -
    8;
  const caseTitle = measureBlock(fonts, title, inner.width, { face: 'bold', size: 13 });
  top = drawBlock(ink, fonts, caseTitle.lines, { ...inner, top }, { face: 'bold', size: 13, align: 'center' }) - 36;
  const style = { face: 'body', size: 11.5 } as const;
  const colon = labels.script === 'cjk' ? '：' : ':';
  for (const [label, value] of facts) {
    drawBlock(ink, fonts, [label + colon], { x: inner.x, top, width: LABEL_WIDTH }, { ...style, face: 'bold' });
    const block = measureBlock(fonts, value, inner.width - LABEL_WIDTH, style);
    top = drawBlock(ink, fonts, block.lines, { x: inner.x + LABEL_WIDTH, top, width: inner.width - LABEL_WIDTH }, style) - 8;
  }
  ink.finish();
}
