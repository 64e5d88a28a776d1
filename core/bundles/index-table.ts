import type { PDFPage } from 'pdf-lib';
import type { ExhibitEntry } from '../exhibits/exhibit-entry.js';
import type { BundleFonts, TextMeasure } from './bundle-fonts.js';
import type { BundleLabels } from './bundle-labels.js';
import { PageInk } from './page-ink.js';
import { drawBlock, measureBlock } from './page-text.js';

/** One row of the 证据目录: what 证据规定 第19条 asks for — number, name, source, what it proves. */
export type IndexRow = Pick<ExhibitEntry, 'number' | 'title' | 'source' | 'purpose' | 'original'>;

/** Where each exhibit's row falls; `number` is the exhibit's number, as its divider and bookmark show it. */
export interface IndexLayout {
  pages: { rows: { number: number; top: number; height: number; cells: string[][] }[] }[];
}

const MARGIN_X = 50;
const TOP = 841.89 - 60;
/** Rows stop well above the stamp band. */
const BOTTOM = 64;
const TITLE_HEIGHT = 48;
const COLUMNS = [32, 100, 78, 155, 56, 74];
const CELL = { face: 'body', size: 10, leading: 1.4 } as const;
const HEAD = { face: 'bold', size: 10, leading: 1.4 } as const;
const PAD = 4;

/** Lays the rows out on as many portrait pages as they need, the header row repeated on each. */
export function layoutIndex(fonts: TextMeasure, labels: BundleLabels, rows: readonly IndexRow[]): IndexLayout {
  const header = headerHeight(fonts, labels);
  const pages: IndexLayout['pages'] = [{ rows: [] }];
  let top = TOP - TITLE_HEIGHT - header;
  for (const row of rows) {
    const texts = [String(row.number), row.title, row.source, row.purpose, '', row.original ? labels.original : labels.copy];
    const cells = texts.map((text, c) => measureBlock(fonts, text, COLUMNS[c]! - 2 * PAD, CELL).lines);
    const height = Math.max(...cells.map((lines) => lines.length)) * CELL.size * CELL.leading + 2 * PAD;
    if (top - height < BOTTOM && pages.at(-1)!.rows.length > 0) {
      pages.push({ rows: [] });
      top = TOP - header;
    }
    pages.at(-1)!.rows.push({ number: row.number, top, height, cells });
    top -= height;
  }
  return { pages };
}

function headerHeight(fonts: TextMeasure, labels: BundleLabels): number {
  const lines = labels.columns.map((text, c) => measureBlock(fonts, text, COLUMNS[c]! - 2 * PAD, HEAD).lines.length);
  return Math.max(...lines) * HEAD.size * HEAD.leading + 2 * PAD;
}

/** A row's rectangle on its page, for the link to exhibit `number`. */
export interface RowBox {
  number: number;
  page: number;
  rect: [number, number, number, number];
}

/** Draws the laid-out index; `pagesOf(number)` is the page column's text. Returns where each row was drawn. */
export function drawIndex(
  pages: readonly PDFPage[],
  fonts: BundleFonts,
  labels: BundleLabels,
  layout: IndexLayout,
  pagesOf: (number: number) => string,
): RowBox[] {
  const boxes: RowBox[] = [];
  const width = COLUMNS.reduce((a, b) => a + b, 0);
  layout.pages.forEach((pageLayout, p) => {
    const ink = new PageInk(pages[p]!);
    let top = TOP;
    if (p === 0)
      top =
        drawBlock(ink, fonts, [labels.indexTitle], { x: MARGIN_X, top, width }, { face: 'heading', size: 18, align: 'center' }) -
        (TITLE_HEIGHT - 18 * 1.45);
    const header = headerHeight(fonts, labels);
    drawRow(
      ink,
      fonts,
      labels.columns.map((t, c) => measureBlock(fonts, t, COLUMNS[c]! - 2 * PAD, HEAD).lines),
      top,
      header,
      HEAD,
    );
    for (const { number, top: rowTop, height, cells } of pageLayout.rows) {
      const filled = cells.map((lines, c) => (c === 4 ? [pagesOf(number)] : lines));
      drawRow(ink, fonts, filled, rowTop, height, CELL);
      boxes.push({ number, page: p, rect: [MARGIN_X, rowTop - height, MARGIN_X + width, rowTop] });
    }
    ink.finish();
  });
  return boxes;
}

function drawRow(
  ink: PageInk,
  fonts: BundleFonts,
  cells: string[][],
  top: number,
  height: number,
  style: typeof CELL | typeof HEAD,
): void {
  let x = MARGIN_X;
  cells.forEach((lines, c) => {
    const width = COLUMNS[c]!;
    ink.rectangle(x, top - height, width, height, 0.6);
    const align = c === 0 || c >= 4 ? 'center' : 'left';
    drawBlock(ink, fonts, lines, { x: x + PAD, top: top - PAD, width: width - 2 * PAD }, { ...style, align });
    x += width;
  });
}
