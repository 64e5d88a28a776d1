import type { PDFPage } from 'pdf-lib';

/** A source page as a reader shows it: the visible (crop) box and the clockwise turn from /Rotate. */
export interface PageGeometry {
  crop: { x: number; y: number; width: number; height: number };
  rotate: 0 | 90 | 180 | 270;
  /** Size as displayed, after the turn. */
  width: number;
  height: number;
}

/** The page's crop box (clipped to its media box), its /Rotate and its size as a reader shows it. */
export function pageGeometry(page: PDFPage): PageGeometry {
  const media = normalize(page.getMediaBox());
  const crop = intersect(media, normalize(page.getCropBox()));
  const rotate = ((((Math.round(page.getRotation().angle / 90) * 90) % 360) + 360) % 360) as PageGeometry['rotate'];
  const turned = rotate === 90 || rotate === 270;
  return { crop, rotate, width: turned ? crop.height : crop.width, height: turned ? crop.width : crop.height };
}

type Rect = PageGeometry['crop'];

/** The crop box is clipped to the media box (ISO 32000-1, 14.11.2); a degenerate one falls back to the media box. */
function intersect(a: Rect, b: Rect): Rect {
  const x = Math.max(a.x, b.x);
  const y = Math.max(a.y, b.y);
  const width = Math.min(a.x + a.width, b.x + b.width) - x;
  const height = Math.min(a.y + a.height, b.y + b.height) - y;
  return width > 1 && height > 1 ? { x, y, width, height } : a;
}

/** Boxes may be written with their corners in any order. */
function normalize(r: Rect): Rect {
  return {
    x: Math.min(r.x, r.x + r.width),
    y: Math.min(r.y, r.y + r.height),
    width: Math.abs(r.width),
    height: Math.abs(r.height),
  };
}
