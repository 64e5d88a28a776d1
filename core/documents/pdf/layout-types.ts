import type { LineRun } from './line-breaker.js';

/** What a laid-out line is part of; tests use it to pick the lines that 禁则 applies to. */
export type LineRole = 'letterhead' | 'header' | 'footer' | 'heading' | 'body' | 'list' | 'cell' | 'signature';

/** A run placed on the page: `x` is absolute, in points from the page's left edge. */
export type PlacedRun = LineRun;

/** A line placed on the page; `y` is its baseline in PDF points from the bottom of the page. */
export interface PlacedLine {
  role: LineRole;
  text: string;
  x: number;
  y: number;
  runs: PlacedRun[];
}

export interface PlacedRule {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  thickness: number;
}

/** A rectangle with its lower-left corner at (x, y): a table cell's border, or a header row's shading. */
export interface PlacedBox {
  x: number;
  y: number;
  width: number;
  height: number;
  /** Grey level of the fill, 0 black to 1 white; no fill when absent. */
  fill?: number;
  /** Border width in points; no border when absent. */
  border?: number;
}

export interface PlacedImage {
  x: number;
  y: number;
  width: number;
  height: number;
  bytes: Uint8Array;
  format: 'png' | 'jpeg';
}

export interface PageLayout {
  lines: PlacedLine[];
  rules: PlacedRule[];
  boxes: PlacedBox[];
  images: PlacedImage[];
}

/** The whole document, typeset: what the PDF renderer draws and what tests inspect. */
export interface DocumentLayout {
  width: number;
  height: number;
  pages: PageLayout[];
}
