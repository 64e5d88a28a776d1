import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument, PDFName, degrees, rgb } from 'pdf-lib';
import sharp, { type Sharp } from 'sharp';
import { toolOutput } from './system-tools.js';

/** Test and bench inputs, generated rather than stored: every kind of exhibit the intake must handle. */
export interface PdfPageSpec {
  size: [number, number];
  rotate?: 0 | 90 | 180 | 270;
  cropBox?: [number, number, number, number];
}

/** A PDF whose pages each carry a red block at the top-left of their unrotated content (no fonts). */
export async function makePdf(pages: PdfPageSpec[]): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  for (const spec of pages) {
    const page = doc.addPage(spec.size);
    const [w, h] = spec.size;
    page.drawRectangle({ x: 0, y: 0, width: w, height: h, borderColor: rgb(0, 0, 0), borderWidth: 4 });
    page.drawRectangle({ x: 10, y: h - 60, width: 50, height: 50, color: rgb(1, 0, 0) });
    page.drawRectangle({ x: w / 4, y: h / 4, width: w / 2, height: h / 8, color: rgb(0.2, 0.2, 0.8) });
    if (spec.rotate) page.setRotation(degrees(spec.rotate));
    if (spec.cropBox) page.node.set(PDFName.of('CropBox'), doc.context.obj(spec.cropBox));
  }
  return doc.save();
}

/** A photo-like image, `width` × `height`, grey with a red block in its stored top-left corner. */
function canvas(width: number, height: number) {
  const block = Math.round(Math.min(width, height) / 4);
  return sharp({ create: { width, height, channels: 3, background: { r: 200, g: 200, b: 200 } } }).composite([
    { input: { create: { width: block, height: block, channels: 3, background: { r: 255, g: 0, b: 0 } } }, left: 0, top: 0 },
  ]);
}

async function flatten(image: Sharp): Promise<Buffer> {
  return image.png().toBuffer();
}

export const IMAGE_KINDS = [
  'exif-rotated.jpg',
  'cmyk.jpg',
  'progressive.jpg',
  'plain.jpg',
  'png16.png',
  'interlaced.png',
  'alpha.png',
  'multipage.tiff',
  'photo.webp',
  'large.jpg',
] as const;
export type ImageKind = (typeof IMAGE_KINDS)[number];

/**
 * One image of each kind. `exif-rotated.jpg` is stored landscape (300 × 200) with orientation 6, so it shows
 * portrait with its red block at the top-right.
 */
export async function makeImage(kind: ImageKind): Promise<Buffer> {
  switch (kind) {
    case 'exif-rotated.jpg':
      return sharp(await flatten(canvas(300, 200)))
        .jpeg()
        .withMetadata({ orientation: 6 })
        .toBuffer();
    case 'cmyk.jpg':
      return sharp(await flatten(canvas(200, 300)))
        .toColourspace('cmyk')
        .jpeg()
        .toBuffer();
    case 'progressive.jpg':
      return sharp(await flatten(canvas(240, 160)))
        .jpeg({ progressive: true })
        .toBuffer();
    case 'plain.jpg':
      return sharp(await flatten(canvas(400, 500)))
        .jpeg()
        .toBuffer();
    case 'png16.png':
      return sharp(await flatten(canvas(160, 200)))
        .toColourspace('rgb16')
        .png()
        .toBuffer();
    case 'interlaced.png':
      return sharp(await flatten(canvas(180, 120)))
        .png({ progressive: true })
        .toBuffer();
    case 'alpha.png':
      return sharp(await flatten(canvas(120, 120)))
        .ensureAlpha(0.5)
        .png()
        .toBuffer();
    case 'multipage.tiff':
      return sharp([await flatten(canvas(100, 140)), await flatten(canvas(100, 140))], { join: { animated: true } })
        .tiff()
        .toBuffer();
    case 'photo.webp':
      return sharp(await flatten(canvas(220, 160)))
        .webp()
        .toBuffer();
    case 'large.jpg':
      return canvas(6000, 4500).jpeg({ quality: 60 }).toBuffer();
  }
}

/** A copy of `pdf` that needs `userPassword` to open (empty: only an owner password), made with qpdf. */
export function encryptPdf(dir: string, pdf: Uint8Array, userPassword: string): string {
  const plain = join(dir, `plain-${userPassword || 'owner'}.pdf`);
  const out = join(dir, `encrypted-${userPassword || 'owner'}.pdf`);
  writeFileSync(plain, pdf);
  toolOutput('qpdf', ['--encrypt', userPassword, 'owner-secret', '256', '--', plain, out]);
  return out;
}
