import { promisify } from 'node:util';
import { deflate } from 'node:zlib';
import {
  PDFArray,
  type PDFDict,
  PDFName,
  PDFNumber,
  PDFRawStream,
  PDFStream,
  type PDFContext,
  type PDFDocument,
  type PDFRef,
} from 'pdf-lib';
import { inflateCapped, pageImageUses } from './content-images.js';
import { DEFAULT_EXHIBIT_LIMITS, LimitExceeded, type ExhibitLimits } from './limits.js';
import { loadSharp } from './load-sharp.js';
import { placementMatrix } from './place-pdf-page.js';
import { MAX_DPI } from './prepare-image.js';
import type { PageGeometry } from './page-geometry.js';

const deflateAsync = promisify(deflate);

/** A little above the limit, as pre-flight allows, so rounding never resamples an image drawn at 300 dpi. */
const TOLERANCE = 1;

/**
 * Resamples each image XObject a PDF exhibit draws at more than 300 dpi on its bundle page (after the page is
 * fitted into A4) down to 300 dpi, in place in `doc`. Handled: 8-bit grey or RGB (device or ICC-based)
 * images, JPEG (re-encoded as JPEG) or plain Flate (re-compressed). Others are left as they are and
 * pre-flight names their pages: bilevel CCITT/JBIG2 scans, CMYK, indexed colour, 16-bit, Flate with a
 * predictor, images with a Decode array. Images are resampled one at a time, so only one is ever decoded in
 * memory; one over `limits.maxImagePixels` throws LimitExceeded. Returns how many images were resampled.
 */
export async function downsamplePdfImages(
  doc: PDFDocument,
  geometry: readonly PageGeometry[],
  limits: ExhibitLimits = DEFAULT_EXHIBIT_LIMITS,
): Promise<number> {
  const worst = new Map<PDFRef, { image: PDFRawStream; dpi: number }>();
  doc.getPages().forEach((page, i) => {
    for (const use of pageImageUses(page, placementMatrix(geometry[i]!).matrix, limits.maxStreamBytes)) {
      if (!use.ref || !(use.image instanceof PDFRawStream)) continue;
      const seen = worst.get(use.ref);
      if (!seen || use.dpi > seen.dpi) worst.set(use.ref, { image: use.image, dpi: use.dpi });
    }
  });
  const over = [...worst].filter(([, use]) => use.dpi > MAX_DPI + TOLERANCE);
  let done = 0;
  for (const [ref, use] of over) if (await resample(doc.context, ref, use.image, MAX_DPI / use.dpi, limits)) done++;
  return done;
}

async function resample(
  context: PDFContext,
  ref: PDFRef,
  image: PDFRawStream,
  factor: number,
  limits: ExhibitLimits,
): Promise<boolean> {
  const dict = image.dict;
  const number = (key: string) => dict.lookupMaybe(PDFName.of(key), PDFNumber)?.asNumber();
  const width = number('Width') ?? 0;
  const height = number('Height') ?? 0;
  const channels = channelsOf(context, dict);
  const filter = singleFilter(dict);
  if (width * height > limits.maxImagePixels) throw new LimitExceeded('maxImagePixels', width * height, limits.maxImagePixels);
  if (!channels || !filter || width < 2 || height < 2 || number('BitsPerComponent') !== 8) return false;
  if (dict.has(PDFName.of('Decode')) || dict.has(PDFName.of('DecodeParms')) || dict.get(PDFName.of('Mask')) instanceof PDFArray)
    return false;
  const size = { width: Math.max(1, Math.floor(width * factor)), height: Math.max(1, Math.floor(height * factor)) };
  const sharp = await loadSharp();
  try {
    let bytes: Uint8Array;
    if (filter === 'DCTDecode') {
      const { data, info } = await sharp(image.contents, { limitInputPixels: limits.maxImagePixels })
        .resize(size.width, size.height, { fit: 'fill' })
        .toColourspace(channels === 1 ? 'b-w' : 'srgb')
        .jpeg({ quality: 85 })
        .toBuffer({ resolveWithObject: true });
      if (info.channels !== channels) return false;
      bytes = data;
    } else {
      const pixels = inflateCapped(image.contents, width * height * channels);
      if (pixels.length < width * height * channels) return false;
      const raw = { width, height, channels };
      const data = await sharp(pixels, { raw }).resize(size.width, size.height, { fit: 'fill' }).raw().toBuffer();
      bytes = await deflateAsync(data, { level: 6 });
    }
    const resampled = dict.clone(context);
    resampled.set(PDFName.of('Width'), PDFNumber.of(size.width));
    resampled.set(PDFName.of('Height'), PDFNumber.of(size.height));
    resampled.set(PDFName.of('Length'), PDFNumber.of(bytes.length));
    context.assign(ref, PDFRawStream.of(resampled, bytes));
    return true;
  } catch {
    return false; // left as it is: pre-flight reports the page
  }
}

/** 1 or 3 for grey or RGB (device or ICC-based); undefined for any colour space this does not resample. */
function channelsOf(context: PDFContext, dict: PDFDict): 1 | 3 | undefined {
  if (dict.get(PDFName.of('ImageMask')) !== undefined) return undefined;
  const space = dict.lookup(PDFName.of('ColorSpace'));
  if (space === PDFName.of('DeviceGray')) return 1;
  if (space === PDFName.of('DeviceRGB')) return 3;
  if (space instanceof PDFArray && space.lookup(0) === PDFName.of('ICCBased')) {
    const profile = context.lookup(space.get(1));
    const n = profile instanceof PDFStream ? profile.dict.lookupMaybe(PDFName.of('N'), PDFNumber)?.asNumber() : undefined;
    return n === 1 || n === 3 ? n : undefined;
  }
  return undefined;
}

function singleFilter(dict: PDFDict): 'DCTDecode' | 'FlateDecode' | undefined {
  let filter = dict.lookup(PDFName.of('Filter'));
  if (filter instanceof PDFArray && filter.size() === 1) filter = filter.lookup(0);
  if (filter === PDFName.of('DCTDecode')) return 'DCTDecode';
  if (filter === PDFName.of('FlateDecode')) return 'FlateDecode';
  return undefined;
}
