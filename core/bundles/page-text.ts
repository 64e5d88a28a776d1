import type { BundleFace, BundleFonts, TextMeasure } from './bundle-fonts.js';
import type { PageInk } from './page-ink.js';
import { wrapText } from './text-wrap.js';
import { formatDate as formatLetterDate } from '../templates/formats.js';

/** Noto SC's ascent, as a share of the size: where the first baseline sits below a box's top. */
const ASCENT = 0.88;

export interface TextStyle {
  face: BundleFace;
  size: number;
  /** Line pitch as a multiple of the size. */
  leading?: number;
}

/** Wraps `text` to `width` and returns the lines and the height they take. */
export function measureBlock(
  fonts: TextMeasure,
  text: string,
  width: number,
  style: TextStyle,
): { lines: string[]; height: number } {
  const lines = wrapText(text, width, fonts.faceId(style.face), style.size, fonts.script);
  return { lines, height: lines.length * style.size * (style.leading ?? 1.45) };
}

/** Draws wrapped lines from `top` downwards; `align` places each line within `width`. Returns the new top. */
export function drawBlock(
  ink: PageInk,
  fonts: BundleFonts,
  lines: readonly string[],
  box: { x: number; top: number; width: number },
  style: TextStyle & { align?: 'left' | 'center' },
): number {
  const pitch = style.size * (style.leading ?? 1.45);
  let top = box.top;
  for (const line of lines) {
    const lineWidth = fonts.width(style.face, line, style.size);
    const x = style.align === 'center' ? box.x + (box.width - lineWidth) / 2 : box.x;
    if (line) ink.text(line, fonts.font[style.face], style.size, x, top - style.size * ASCENT - (pitch - style.size) / 2);
    top -= pitch;
  }
  return top;
}

/** Formats `YYYY-MM-DD` the way the bundle's language writes a date (the letters' formatter, one place). */
export function formatDate(iso: string, script: 'cjk' | 'latin'): string {
  return formatLetterDate(iso, script === 'cjk' ? 'zh-CN' : 'en-GB');
}
