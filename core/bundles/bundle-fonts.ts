import { createHash } from 'node:crypto';
import type { PDFDocument, PDFFont } from 'pdf-lib';
import { FONT_FEATURES, loadFace, pdfLibFontkit, type FaceId, type Script } from '../documents/pdf/fonts.js';
import { textWidth } from '../documents/pdf/text-measure.js';

/** pdf-lib types fontkit after @pdf-lib/fontkit; fontkit 2's font has every member pdf-lib reads. */
type PdfLibFontkit = Parameters<PDFDocument['registerFontkit']>[0];

export type BundleFace = 'body' | 'bold' | 'heading';

const FACES: Record<BundleFace, FaceId> = { body: 'serif', bold: 'serif-bold', heading: 'sans-bold' };

/** Measures text as the bundle's faces draw it. */
export interface TextMeasure {
  script: Script;
  /** The documents engine's face that draws `face`. */
  faceId(face: BundleFace): FaceId;
  /** Width in points; throws MissingGlyphError for a character the font lacks, rather than draw a blank. */
  width(face: BundleFace, text: string, size: number): number;
}

/** The faces a bundle's own pages use, embedded as subsets, and their measure. */
export interface BundleFonts extends TextMeasure {
  font: Record<BundleFace, PDFFont>;
}

export function measureFor(script: Script): TextMeasure {
  return { script, faceId: (face) => FACES[face], width: (face, text, size) => textWidth(FACES[face], text, size, script) };
}

/**
 * Embeds the bundled Noto SC faces through the documents engine's fontkit 2 adapter (pdf-lib's own fontkit
 * writes CJK subsets that render blank). Parsed fonts are cached per process by that module.
 */
export async function embedBundleFonts(doc: PDFDocument, script: Script): Promise<BundleFonts> {
  doc.registerFontkit(pdfLibFontkit as unknown as PdfLibFontkit);
  const seed = doc.getTitle() ?? '';
  const embed = (face: BundleFace) => {
    const loaded = loadFace(FACES[face]);
    const customName = `${subsetTag(seed + face)}+${loaded.font.postscriptName}`;
    return doc.embedFont(loaded.bytes, { subset: true, customName, features: FONT_FEATURES[script] });
  };
  const [body, bold, heading] = await Promise.all([embed('body'), embed('bold'), embed('heading')]);
  return { font: { body, bold, heading }, ...measureFor(script) };
}

/** Six capital letters, as ISO 32000-1, 9.6.4 asks of a subset font's name prefix. */
function subsetTag(seed: string): string {
  const digest = createHash('sha256').update(seed).digest();
  return Array.from(digest.subarray(0, 6), (byte) => String.fromCharCode(65 + (byte % 26))).join('');
}
