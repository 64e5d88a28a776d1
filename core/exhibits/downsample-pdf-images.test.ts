import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument, PDFName } from 'pdf-lib';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../test/support/temp-dir.js';
import { buildEvidenceBundle } from '../bundles/build-evidence-bundle.js';
import { preflightFile } from '../bundles/preflight/preflight.js';
import { writeFixtureCase } from '../../test/support/fixture-case.js';
import { darkRgbPixels, renderPage } from '../../test/support/pdf-tools.js';
import { lacksTools, toolOutput } from '../../test/support/system-tools.js';
import { loadCaseFile } from '../case/validate.js';
import { pageImageUses } from './content-images.js';
import { placementMatrix } from './place-pdf-page.js';
import { readPdf } from './read-pdf.js';

const tempDir = useTempDir();
const A4: [number, number] = [595.28, 841.89];
const A6: [number, number] = [297.64, 419.53];

/** Pixels for `size` points at `dpi`: light paper with dark text-like bars. */
async function scanPixels(size: [number, number], dpi: number, channels: 1 | 3) {
  const width = Math.round((size[0] / 72) * dpi);
  const height = Math.round((size[1] / 72) * dpi);
  const data = Buffer.alloc(width * height * channels, 235);
  for (let y = Math.round(height * 0.1); y < height * 0.9; y += 80)
    data.fill(30, y * width * channels, (y + 20) * width * channels);
  return { data, width, height, channels };
}

/** A PDF of a 600-dpi grey JPEG scan on an A4 page, and a 600-dpi RGB Flate image on an A6 page. */
async function scannedPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const grey = await scanPixels(A4, 600, 1);
  const jpeg = await sharp(grey.data, { raw: grey }).jpeg({ quality: 70 }).toBuffer();
  const jpegRef = doc.context.register(
    doc.context.stream(jpeg, {
      Type: 'XObject',
      Subtype: 'Image',
      Width: grey.width,
      Height: grey.height,
      ColorSpace: 'DeviceGray',
      BitsPerComponent: 8,
      Filter: 'DCTDecode',
    }),
  );
  const rgb = await scanPixels(A6, 600, 3);
  const flateRef = doc.context.register(
    doc.context.flateStream(rgb.data, {
      Type: 'XObject',
      Subtype: 'Image',
      Width: rgb.width,
      Height: rgb.height,
      ColorSpace: 'DeviceRGB',
      BitsPerComponent: 8,
    }),
  );
  for (const [size, ref] of [
    [A4, jpegRef],
    [A6, flateRef],
  ] as const) {
    const page = doc.addPage(size);
    const name = page.node.newXObject('Scan', ref);
    const content = doc.context.stream(`q ${size[0]} 0 0 ${size[1]} 0 0 cm ${name.asString()} Do Q`);
    page.node.set(PDFName.of('Contents'), doc.context.register(content));
  }
  return doc.save();
}

describe('images above 300 dpi inside PDF exhibits', () => {
  it('are resampled to 300 dpi as placed on the A4 bundle page', async () => {
    const bytes = await scannedPdf();
    const { doc, pages } = await readPdf({ id: 'E1', file: 'scan.pdf' }, 'scan.pdf', bytes);
    const dpis = doc.getPages().map((page, i) => pageImageUses(page, placementMatrix(pages[i]!).matrix)[0]!.dpi);
    for (const dpi of dpis) {
      expect(dpi).toBeLessThanOrEqual(301);
      expect(dpi).toBeGreaterThan(290);
    }
  });

  it.skipIf(lacksTools('the downsampled bundle read-back test', 'pdfimages', 'pdftoppm'))(
    'leave a bundle that passes the 300 dpi rule and still shows the scan',
    async () => {
      const dir = tempDir();
      const caseFile = writeFixtureCase(dir, { 'scan.pdf': await scannedPdf() });
      const built = await buildEvidenceBundle(await loadCaseFile(caseFile), { date: '2025-09-01' });
      const out = join(dir, 'bundle.pdf');
      writeFileSync(out, built.volumes[0]!.bytes);
      const report = await preflightFile(out, 'cn');
      expect(report.results.find((r) => r.rule === 'images at most 300 dpi')).toMatchObject({ ok: true, pages: [] });
      const list = toolOutput('pdfimages', ['-list', out]);
      const scans = list
        .split('\n')
        .filter((line) => /\bimage\b/.test(line))
        .map((line) => line.trim().split(/\s+/));
      // page, num, type, width, height, color, comp, bpc, enc, interp, object, id, x-ppi, y-ppi, …
      expect(scans.map((s) => [s[5], s[8]])).toEqual([
        ['gray', 'jpeg'],
        ['rgb', 'image'],
      ]);
      for (const s of scans) expect(Number(s[12])).toBeLessThanOrEqual(301);
      const first = built.manifest.exhibits[0]!.firstPage;
      for (const page of [first, first + 1]) expect(darkRgbPixels(await renderPage(out, page))).toBeGreaterThan(500);
    },
  );
});
