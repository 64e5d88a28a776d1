import type { DocumentModel } from '../model.js';
import type { Script } from './fonts.js';
import { breakLines } from './line-breaker.js';
import type { LineRole, PageLayout } from './layout-types.js';
import { mm, PAGE, TEXT_WIDTH, type PdfStyle } from './pdf-style.js';

const FOOTER_BASELINE = mm(20);
const HEADER_BASELINE = PAGE.height - mm(25);

/**
 * Adds what every page carries once the page count is known: the page label ("第 1 页 共 3 页") centred
 * in the bottom margin, and on pages after the first the header text (the 函号) over a thin rule.
 */
export function addPageFurniture(pages: PageLayout[], model: DocumentModel, style: PdfStyle, script: Script): void {
  const small = style.small;
  // Readers (pdftotext, copy/paste) take evenly spaced characters for letter-spaced text and drop the
  // spaces of a short Chinese label like "第 1 页 共 3 页" unless they are about half an em wide.
  const spaceWidth = script === 'cjk' ? 0.5 : undefined;
  const place = (page: PageLayout, text: string, y: number, align: 'center' | 'right', role: LineRole) => {
    const [line] = breakLines([{ text, face: small.face, size: small.size, spaceWidth }], { width: TEXT_WIDTH, align, script });
    if (!line) return;
    page.lines.push({
      role,
      text: line.text,
      x: PAGE.marginLeft,
      y,
      runs: line.runs.map((run) => ({ ...run, x: PAGE.marginLeft + run.x })),
    });
  };
  pages.forEach((page, i) => {
    const label = model.pageLabel.replaceAll('{page}', String(i + 1)).replaceAll('{pages}', String(pages.length));
    place(page, label, FOOTER_BASELINE, 'center', 'footer');
    if (i > 0 && model.header) {
      place(page, model.header, HEADER_BASELINE, 'right', 'header');
      const ruleY = HEADER_BASELINE - small.size * 0.6;
      page.rules.push({ x1: PAGE.marginLeft, y1: ruleY, x2: PAGE.marginLeft + TEXT_WIDTH, y2: ruleY, thickness: 0.4 });
    }
  });
}
