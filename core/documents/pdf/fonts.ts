import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { FontFileError } from '../errors.js';

const require = createRequire(import.meta.url);

/** The faces the PDF renderer draws with: body text, bold text and the title, section headings. */
export type FaceId = 'serif' | 'serif-bold' | 'sans-bold';

/** The part of a fontkit 2 glyph that CasePack and pdf-lib read. */
export interface FontkitGlyph {
  id: number;
  advanceWidth: number;
  codePoints: number[];
}

export interface FontkitSubset {
  includeGlyph(glyph: FontkitGlyph | number): number;
  encode(): Uint8Array;
}

/** The part of a fontkit 2 font that CasePack reads (pdf-lib reads more, from the same object). */
export interface FontkitFont {
  postscriptName: string;
  familyName: string;
  unitsPerEm: number;
  layout(text: string, features?: Record<string, boolean>): { glyphs: FontkitGlyph[] };
  createSubset(): FontkitSubset;
  getGlyph(id: number): FontkitGlyph;
}

interface FontkitModule {
  create(bytes: Uint8Array): FontkitFont;
}

/** Chinese text keeps full-width punctuation; Latin text asks for proportional quotes, dashes and ellipses. */
export type Script = 'cjk' | 'latin';

/**
 * OpenType features per script. Ligatures are off so that every glyph maps back to one character, for
 * copy/paste and search in any reader. Noto SC sets “ ” ‘ ’ … on a full em unless `pwid` is on, which would
 * look wrong in an English letter ("debtor’s").
 */
export const FONT_FEATURES: Record<Script, Record<string, boolean>> = {
  cjk: { liga: false, clig: false, dlig: false },
  latin: { liga: false, clig: false, dlig: false, pwid: true },
};

const FACE_FILES: Record<FaceId, { pkg: string; file: string }> = {
  serif: { pkg: '@expo-google-fonts/noto-serif-sc', file: '400Regular/NotoSerifSC_400Regular.ttf' },
  'serif-bold': { pkg: '@expo-google-fonts/noto-serif-sc', file: '700Bold/NotoSerifSC_700Bold.ttf' },
  'sans-bold': { pkg: '@expo-google-fonts/noto-sans-sc', file: '700Bold/NotoSansSC_700Bold.ttf' },
};

export interface LoadedFace {
  id: FaceId;
  bytes: Uint8Array;
  font: FontkitFont;
}

const loaded = new Map<FaceId, LoadedFace>();
const byBytes = new Map<Uint8Array, FontkitFont>();

/** The path of a bundled font file (OFL-licensed Noto SC, installed with CasePack). */
export function faceFile(id: FaceId): string {
  const { pkg, file } = FACE_FILES[id];
  let packageJson: string;
  try {
    packageJson = require.resolve(`${pkg}/package.json`);
  } catch {
    throw new FontFileError(pkg, 'the package is not installed');
  }
  return join(dirname(packageJson), file);
}

/**
 * A face, read and parsed once per process: parsing the 10–15 MB font is most of the cost of a letter, so
 * every document shares the same parsed font.
 */
export function loadFace(id: FaceId): LoadedFace {
  const cached = loaded.get(id);
  if (cached) return cached;
  const path = faceFile(id);
  let bytes: Uint8Array;
  try {
    const read = readFileSync(path);
    bytes = new Uint8Array(read.buffer, read.byteOffset, read.byteLength); // a plain view: copying 15 MB costs 10 ms
  } catch (error) {
    throw new FontFileError(FACE_FILES[id].pkg, `cannot read ${path} (${(error as Error).message})`);
  }
  const font = parseFont(bytes);
  const face: LoadedFace = { id, bytes, font };
  loaded.set(id, face);
  byBytes.set(bytes, font);
  return face;
}

function parseFont(bytes: Uint8Array): FontkitFont {
  const fontkit = require('fontkit') as FontkitModule;
  const font = fontkit.create(bytes);
  adaptSubsetForPdfLib(font);
  memoizeLayout(font);
  memoizeGlyphDecoding(font);
  return font;
}

/** Glyph classes whose outline decoding is already memoized (the class is fontkit's, shared by all fonts). */
const memoizedGlyphClasses = new WeakSet<object>();

/**
 * Decodes each glyph's outline once per process. fontkit's subsetter decodes every glyph it copies, for
 * every document, only to see whether the glyph is composite; the cached font keeps its glyph objects, so
 * the decoded outline (which nothing changes) can be kept with them. A third of the subsetting time.
 */
function memoizeGlyphDecoding(font: FontkitFont): void {
  const glyphClass = Object.getPrototypeOf(font.getGlyph(0)) as { _decode?: (this: object) => unknown };
  const decode = glyphClass._decode;
  if (!decode || memoizedGlyphClasses.has(glyphClass)) return;
  const decoded = new WeakMap<object, unknown>();
  glyphClass._decode = function (this: object) {
    if (!decoded.has(this)) decoded.set(this, decode.call(this));
    return decoded.get(this);
  };
  memoizedGlyphClasses.add(glyphClass);
}

/**
 * Shapes text one character at a time, each character shaped once per process. fontkit's full layout
 * costs tens of microseconds per call and pdf-lib calls it for every string it draws. With ligatures and
 * contextual forms off (FONT_FEATURES) a glyph depends only on its character and the features, and
 * pdf-lib reads nothing but the glyphs (it ignores kerning positions), so the result is the same.
 */
function memoizeLayout(font: FontkitFont): void {
  const layout = font.layout.bind(font);
  const noFeatures = {};
  const caches = new WeakMap<object, Map<number, FontkitGlyph[]>>();
  font.layout = (text, features) => {
    const featureSet = features ?? noFeatures;
    let cache = caches.get(featureSet);
    if (!cache) caches.set(featureSet, (cache = new Map()));
    const glyphs: FontkitGlyph[] = [];
    for (let i = 0; i < text.length;) {
      const codePoint = text.codePointAt(i)!;
      const length = codePoint > 0xffff ? 2 : 1;
      let shaped = cache.get(codePoint);
      if (!shaped) cache.set(codePoint, (shaped = layout(text.slice(i, i + length), features).glyphs));
      for (const glyph of shaped) glyphs.push(glyph);
      i += length;
    }
    return { glyphs };
  };
}

/**
 * pdf-lib 1.17 was written against @pdf-lib/fontkit, whose CJK subsets render blank. Upstream fontkit 2
 * writes correct subsets but its subset has `encode()` where pdf-lib calls `encodeStream()`; this gives the
 * parsed font's subsets the method pdf-lib expects. The font object is CasePack's own cached instance.
 */
function adaptSubsetForPdfLib(font: FontkitFont): void {
  const createSubset = font.createSubset.bind(font);
  font.createSubset = () => {
    const subset = createSubset();
    return Object.assign(subset, {
      encodeStream: () => singleChunkStream(subset.encode()),
    });
  };
}

type StreamListener = (value?: unknown) => void;

/** The smallest event emitter pdf-lib's subset embedder reads: one `data` event, then `end`. */
function singleChunkStream(bytes: Uint8Array) {
  const listeners: Record<string, StreamListener[]> = {};
  setImmediate(() => {
    for (const listener of listeners.data ?? []) listener(bytes);
    for (const listener of listeners.end ?? []) listener();
  });
  const stream = {
    on(event: string, listener: StreamListener) {
      (listeners[event] ??= []).push(listener);
      return stream;
    },
  };
  return stream;
}

/** What `PDFDocument.registerFontkit` needs: `create` answers with the cached font for bundled bytes. */
export const pdfLibFontkit = {
  create(bytes: Uint8Array): FontkitFont {
    return byBytes.get(bytes) ?? parseFont(bytes);
  },
};
