import { MissingGlyphError } from '../errors.js';
import { FONT_FEATURES, loadFace, type FaceId, type Script } from './fonts.js';

/** Advance widths in em, per face and text: letters repeat the same characters and words all the time. */
const widthCache = new Map<string, number>();

/**
 * The width of `text` in points when drawn in `face` at `size`: the sum of the advance widths of the
 * glyphs fontkit shapes it into (with the features pdf-lib is given for `script`), which is exactly what pdf-lib draws (it ignores kerning positions).
 * Throws when the font has no glyph for a character, rather than drawing an empty box in a letter.
 */
export function textWidth(face: FaceId, text: string, size: number, script: Script): number {
  if (text === '') return 0;
  const key = script + face + '\u0000' + text;
  let em = widthCache.get(key);
  if (em === undefined) {
    const { font } = loadFace(face);
    const { glyphs } = font.layout(text, FONT_FEATURES[script]);
    let units = 0;
    for (const glyph of glyphs) {
      if (glyph.id === 0) throw new MissingGlyphError(missingCharacter(text, glyph), font.familyName, text);
      units += glyph.advanceWidth;
    }
    em = units / font.unitsPerEm;
    widthCache.set(key, em);
  }
  return em * size;
}

function missingCharacter(text: string, glyph: { codePoints: number[] }): string {
  const code = glyph.codePoints[0];
  return code === undefined ? text : String.fromCodePoint(code);
}
