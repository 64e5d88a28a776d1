import type { Line } from './line-breaker.js';
import type { LineRole, PageLayout, PlacedLine } from './layout-types.js';
import { PAGE } from './pdf-style.js';

/** Where the baseline of text of `size` sits in a line box of `leading`: the em box centred in the line. */
export function baselineIn(top: number, leading: number, size: number): number {
  return top - (leading - size) / 2 - size * 0.88;
}

/**
 * The pages being filled, top to bottom: `y` is the top of the free space on the current page, in PDF
 * points (which grow upwards).
 */
export class PageFlow {
  readonly pages: PageLayout[] = [];
  y = 0;
  private fresh = true;

  constructor(firstPageTop: number = PAGE.height - PAGE.marginTop) {
    this.addPage(firstPageTop);
  }

  get page(): PageLayout {
    return this.pages[this.pages.length - 1]!;
  }

  /** Free height left on the current page. */
  get remaining(): number {
    return this.y - PAGE.marginBottom;
  }

  /** Nothing has been placed on the current page yet, so moving to a new page would not help. */
  get isFresh(): boolean {
    return this.fresh;
  }

  /** Height of an empty page's text area. */
  get fullHeight(): number {
    return PAGE.height - PAGE.marginTop - PAGE.marginBottom;
  }

  newPage(): void {
    this.addPage(PAGE.height - PAGE.marginTop);
  }

  /** Moves to a new page unless `height` still fits here (or the page is empty anyway). */
  keep(height: number): void {
    if (height > this.remaining + 0.01 && !this.fresh) this.newPage();
  }

  /** Vertical space, dropped at the top of a page. */
  space(height: number): void {
    if (!this.fresh) this.y = Math.max(PAGE.marginBottom, this.y - height);
  }

  /** Marks the page as having content at `y` and above. */
  advance(height: number): void {
    this.y -= height;
    this.fresh = false;
  }

  /** Places one broken line at the top of the free space and moves down by `leading`. */
  placeLine(line: Line, left: number, leading: number, size: number, role: LineRole): PlacedLine {
    const y = baselineIn(this.y, leading, size);
    const placed: PlacedLine = { role, text: line.text, x: left, y, runs: line.runs.map((run) => ({ ...run, x: left + run.x })) };
    this.page.lines.push(placed);
    this.advance(leading);
    return placed;
  }

  private addPage(top: number): void {
    this.pages.push({ lines: [], rules: [], boxes: [], images: [] });
    this.y = top;
    this.fresh = true;
  }
}
