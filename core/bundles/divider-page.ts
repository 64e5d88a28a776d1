import type { PDFPage } from 'pdf-lib';
import type { ExhibitEntry } from '../exhibits/exhibit-entry.js';
import type { BundleFonts } from './bundle-fonts.js';
import type { BundleLabels } from './bundle-labels.js';
import { PageInk } from './page-ink.js';
import { drawBlock, measureBlock } from './page-text.js';

const MARGIN = 90;

/** A tab page before an exhibit: its number and title, large, in the middle of the page. */
export function drawDivider(page: PDFPage, fonts: BundleFonts, labels: BundleLabels, exhibit: ExhibitEntry): void {
  const { width, height } = page.getSize();
  const ink = new PageInk(page);
  const box = { x: MARGIN, width: width - 2 * MARGIN };
  const top = drawBlock(
    ink,
    fonts,
    [labels.exhibitHeading(exhibit.number)],
    { ...box, top: height / 2 + 80 },
    { face: 'heading', size: 32, align: 'center' },
  );
  const block = measureBlock(fonts, exhibit.title, box.width, { face: 'bold', size: 18 });
  drawBlock(ink, fonts, block.lines, { ...box, top: top - 20 }, { face: 'bold', size: 18, align: 'center' });
  ink.finish();
}
