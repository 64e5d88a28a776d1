import { promisify } from 'node:util';
import { deflate } from 'node:zlib';
import type { Metadata } from 'sharp';
import { contentFrame, fitInto, orientationOf, type Orientation } from './a4-frame.js';
import { UnreadableImageError, type ExhibitRef } from './errors.js';
import { DEFAULT_EXHIBIT_LIMITS, ExhibitLimitError } from './limits.js';
import { loadSharp } from './load-sharp.js';

const deflateAsync = promisify(deflate);

/** The most pixels per inch a bundle image keeps (E&W e-bundle guidance: not greater than 300 dpi). */
export const MAX_DPI = 300;

/** One 8-bit image ready to become a PDF image XObject: JPEG bytes, or Flate-compressed pixels. */
export interface PreparedImage {
  filter: 'DCTDecode' | 'FlateDecode';
  bytes: Uint8Array;
  /** Pixels as stored, before `exifOrientation` turns them. */
  width: number;
  height: number;
  gray: boolean;
  /**
   * How the stored pixels are turned or mirrored to stand upright (EXIF orientation 1–8; 1 = as stored). A
   * JPEG that needs nothing else is embedded as it is and drawn turned, which is lossless and costs nothing.
   */
  exifOrientation: number;
  /** The page for the image as it stands upright. */
  orientation: Orientation;
}

/** Every page of an image file (a TIFF may hold several; GIF and WebP give their first frame). */
export async function prepareImages(
  ref: ExhibitRef,
  bytes: Uint8Array,
  maxPixels = DEFAULT_EXHIBIT_LIMITS.maxImagePixels,
): Promise<PreparedImage[]> {
  const meta = await readMetadata(ref, bytes);
  const pages = meta.format === 'tiff' ? (meta.pages ?? 1) : 1;
  const images: PreparedImage[] = [];
  for (let page = 0; page < pages; page++) {
    const pageMeta = page === 0 ? meta : await readMetadata(ref, bytes, page);
    const pixels = (pageMeta.width ?? 0) * (pageMeta.height ?? 0);
    if (pixels > maxPixels) throw new ExhibitLimitError(ref, 'maxImagePixels', pixels, maxPixels);
    images.push(await prepareOne(ref, bytes, page, pageMeta, maxPixels));
  }
  return images;
}

/**
 * The checks of `prepareImages` that decide whether the image can be used (it decodes its header, each page is
 * within `maxPixels`), without decoding its pixels: what adding evidence and `validate` run.
 */
export async function checkImage(
  ref: ExhibitRef,
  bytes: Uint8Array,
  maxPixels = DEFAULT_EXHIBIT_LIMITS.maxImagePixels,
): Promise<void> {
  const meta = await readMetadata(ref, bytes);
  const pages = meta.format === 'tiff' ? (meta.pages ?? 1) : 1;
  for (let page = 0; page < pages; page++) {
    const pageMeta = page === 0 ? meta : await readMetadata(ref, bytes, page);
    if (!pageMeta.width || !pageMeta.height) throw new UnreadableImageError(ref, 'it has no size');
    const pixels = pageMeta.width * pageMeta.height;
    if (pixels > maxPixels) throw new ExhibitLimitError(ref, 'maxImagePixels', pixels, maxPixels);
  }
}

async function readMetadata(ref: ExhibitRef, bytes: Uint8Array, page = 0): Promise<Metadata> {
  const sharp = await loadSharp();
  try {
    return await sharp(bytes, { page }).metadata();
  } catch (error) {
    throw new UnreadableImageError(ref, (error as Error).message);
  }
}

async function prepareOne(
  ref: ExhibitRef,
  bytes: Uint8Array,
  page: number,
  meta: Metadata,
  maxPixels: number,
): Promise<PreparedImage> {
  const turned = (meta.orientation ?? 1) >= 5;
  const width = turned ? meta.height : meta.width;
  const height = turned ? meta.width : meta.height;
  if (!width || !height) throw new UnreadableImageError(ref, 'it has no size');
  const orientation = orientationOf(width, height);
  const placed = fitInto(contentFrame(orientation), width, height);
  const maxWidth = Math.floor((placed.width / 72) * MAX_DPI);
  const maxHeight = Math.floor((placed.height / 72) * MAX_DPI);
  const gray = meta.space === 'b-w' || meta.space === 'grey16';
  if (canEmbedAsIs(meta, width <= maxWidth && height <= maxHeight))
    return {
      filter: 'DCTDecode',
      bytes,
      width: meta.width!,
      height: meta.height!,
      gray: meta.channels === 1,
      exifOrientation: meta.orientation ?? 1,
      orientation,
    };
  const sharp = await loadSharp();
  try {
    const pipeline = sharp(bytes, { page, limitInputPixels: maxPixels })
      .rotate()
      .resize(maxWidth, maxHeight, { fit: 'inside', withoutEnlargement: true })
      .flatten({ background: '#ffffff' })
      .toColourspace(gray ? 'b-w' : 'srgb');
    if (meta.format === 'jpeg' || meta.format === 'webp') {
      const { data, info } = await pipeline.jpeg({ quality: 85 }).toBuffer({ resolveWithObject: true });
      return { filter: 'DCTDecode', bytes: data, ...pixels(info), orientation };
    }
    const { data, info } = await pipeline.raw({ depth: 'uchar' }).toBuffer({ resolveWithObject: true });
    const flat = await deflateAsync(data, { level: 6 });
    return { filter: 'FlateDecode', bytes: flat, ...pixels(info), orientation };
  } catch (error) {
    throw new UnreadableImageError(ref, (error as Error).message);
  }
}

/** Re-encoded pixels stand upright. */
function pixels(info: { width: number; height: number; channels: number }) {
  return { width: info.width, height: info.height, gray: info.channels === 1, exifOrientation: 1 };
}

/** A baseline 8-bit RGB or grey JPEG within the dpi limit goes into the PDF byte for byte (and is drawn turned). */
function canEmbedAsIs(meta: Metadata, withinDpi: boolean): boolean {
  return (
    meta.format === 'jpeg' &&
    withinDpi &&
    meta.depth === 'uchar' &&
    !meta.isProgressive &&
    !meta.hasAlpha &&
    ((meta.space === 'srgb' && meta.channels === 3) || (meta.space === 'b-w' && meta.channels === 1))
  );
}
