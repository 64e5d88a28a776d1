import type { PDFPage } from 'pdf-lib';
import type { BundleFonts } from './bundle-fonts.js';
import type { BundleLabels } from './bundle-labels.js';
import { PageInk } from './page-ink.js';
import { drawBlock, formatDate, measureBlock } from './page-text.js';

export interface CoverFacts {
  caseTitle: string;
  submittedBy: string;
  against: string[];
  agent?: string;
  court?: string;
  date: string;
  exhibits: number;
  pages: number;
  volume?: { n: number; of: number };
}

const MARGIN = 72;
const LABEL_WIDTH = 110;

/**
 * The cover: case, parties, submitting party, court if given, date, and a line to sign and seal — the
 * index must be signed and dated on submission (证据规定 第19条).
 */
export function drawCover(page: PDFPage, fonts: BundleFonts, labels: BundleLabels, facts: CoverFacts): void {
  const { width, height } = page.getSize();
  const ink = new PageInk(page);
  const inner = { x: MARGIN, width: width - 2 * MARGIN };
  let top = height - 150;
  top = drawBlock(ink, fonts, [labels.coverTitle], { ...inner, top }, { face: 'heading', size: 28, align: 'center' }) - 24;
  const title = measureBlock(fonts, facts.caseTitle, inner.width, { face: 'bold', size: 16 });
  top = drawBlock(ink, fonts, title.lines, { ...inner, top }, { face: 'bold', size: 16, align: 'center' }) - 60;
  const separator = labels.script === 'cjk' ? '、' : '; ';
  const rows: [string, string | undefined][] = [
    [labels.fields.submittedBy, facts.submittedBy],
    [labels.fields.against, facts.against.join(separator)],
    [labels.fields.agent, facts.agent],
    [labels.fields.court, facts.court],
    [labels.fields.exhibits, String(facts.exhibits)],
    [labels.fields.pages, String(facts.pages)],
    [labels.fields.date, formatDate(facts.date, labels.script)],
  ];
  if (facts.volume && facts.volume.of > 1) rows.push(['', labels.volume(facts.volume.n, facts.volume.of)]);
  const style = { face: 'body', size: 12 } as const;
  for (const [label, value] of rows) {
    if (value === undefined || value === '') continue;
    drawBlock(
      ink,
      fonts,
      [label ? label + (labels.script === 'cjk' ? '：' : ':') : ''],
      { x: inner.x, top, width: LABEL_WIDTH },
      style,
    );
    const block = measureBlock(fonts, value, inner.width - LABEL_WIDTH, style);
    top = drawBlock(ink, fonts, block.lines, { x: inner.x + LABEL_WIDTH, top, width: inner.width - LABEL_WIDTH }, style) - 6;
  }
  drawBlock(ink, fonts, [labels.signature], { ...inner, top: 150 }, style);
  ink.finish();
}
