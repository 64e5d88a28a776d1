import type { FaceId, Script } from '../documents/pdf/fonts.js';
import { breakLines } from '../documents/pdf/line-breaker.js';

/**
 * Breaks `text` into lines no wider than `width` with the letters' line breaker (UAX #14 narrowed by the same
 * 禁则, contract numbers kept whole), so a title or purpose wraps in a bundle as it would in a letter. A line
 * feed in the text starts a new line; an empty line stays.
 */
export function wrapText(text: string, width: number, face: FaceId, size: number, script: Script): string[] {
  return text
    .split('\n')
    .flatMap((paragraph) => breakLines([{ text: paragraph, face, size }], { width, align: 'left', script }).map((l) => l.text));
}
