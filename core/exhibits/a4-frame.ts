/** A4 in PDF points (210 × 297 mm). */
export const A4_SHORT = 595.28;
export const A4_LONG = 841.89;

export type Orientation = 'portrait' | 'landscape';

/** Content never enters the bottom band: the page stamp lives there, so it can never cover an exhibit. */
export const STAMP_BAND = 34;
/** White margin around exhibit content on the other three sides (about 6 mm, inside any printer's reach). */
export const SIDE_MARGIN = 17;

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Landscape content goes on a landscape page so it reads left to right (E&W e-bundle guidance, para 5). */
export function orientationOf(width: number, height: number): Orientation {
  return width > height ? 'landscape' : 'portrait';
}

export function a4Size(orientation: Orientation): [number, number] {
  return orientation === 'portrait' ? [A4_SHORT, A4_LONG] : [A4_LONG, A4_SHORT];
}

/** The area of an A4 page that exhibit content may occupy: everything but the margins and the stamp band. */
export function contentFrame(orientation: Orientation): Box {
  const [width, height] = a4Size(orientation);
  return { x: SIDE_MARGIN, y: STAMP_BAND, width: width - 2 * SIDE_MARGIN, height: height - STAMP_BAND - SIDE_MARGIN };
}

/** Scales a `width` × `height` box to the largest size that fits in `frame`, centred; nothing is cropped. */
export function fitInto(frame: Box, width: number, height: number): Box & { scale: number } {
  const scale = Math.min(frame.width / width, frame.height / height);
  const w = width * scale;
  const h = height * scale;
  return { x: frame.x + (frame.width - w) / 2, y: frame.y + (frame.height - h) / 2, width: w, height: h, scale };
}
