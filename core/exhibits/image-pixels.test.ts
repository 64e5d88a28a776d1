import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { PDFDocument, PDFName, concatTransformationMatrix, drawObject, popGraphicsState, pushGraphicsState } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../test/support/cli.js';
import { makePdf } from '../../test/support/exhibit-fixtures.js';
import { writeFixtureCase } from '../../test/support/fixture-case.js';
import { useStoreWithCase } from '../../test/support/store-with-case.js';
import { useTempDir } from '../../test/support/temp-dir.js';
import { toErrorPayload } from '../api/api-error.js';
import { callApi } from '../api/handlers.js';
import { getCase } from '../store/read-cases.js';
import { checkExhibitBytes } from './check-exhibit.js';
import { downsamplePdfImages } from './downsample-pdf-images.js';
import { DEFAULT_EXHIBIT_LIMITS, LimitExceeded } from './limits.js';
import { pageGeometry } from './page-geometry.js';

const tempDir = useTempDir();
const storeWithCase = useStoreWithCase();
const ref = { id: 'E1', title: '现场照片', file: 'photos.pdf' };

/**
 * A one-page PDF drawing a grey image of `width` × `height` whose data is `pixels` zero bytes, deflated (a few
 * kilobytes however large the image), through a form XObject when `viaForm`.
 */
async function pdfWithImage(width: number, height: number, pixels: number, viaForm = false): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([595, 842]);
  const image = doc.context.register(
    doc.context.stream(deflateSync(Buffer.alloc(pixels)), {
      Type: 'XObject',
      Subtype: 'Image',
      Width: width,
      Height: height,
      ColorSpace: 'DeviceGray',
      BitsPerComponent: 8,
      Filter: 'FlateDecode',
    }),
  );
  const drawn = viaForm
    ? doc.context.register(
        doc.context.stream('q 500 0 0 250 0 0 cm /Im1 Do Q', {
          Type: 'XObject',
          Subtype: 'Form',
          BBox: [0, 0, 595, 842],
          Resources: { XObject: { Im1: image } },
        }),
      )
    : image;
  page.node.setXObject(PDFName.of('X1'), drawn);
  const place = viaForm ? [] : [concatTransformationMatrix(500, 0, 0, 250, 40, 400)];
  page.pushOperators(pushGraphicsState(), ...place, drawObject('X1'), popGraphicsState());
  return doc.save();
}

const dir = () => join(tempDir(), 'x.pdf');

describe('an image inside an evidence PDF over the pixel limit is refused when the file comes in', () => {
  it('reads width × height from the image dictionary, through a form XObject, without decoding the image', async () => {
    // Declared 20,000 × 10,000 (200 megapixels) over 1 MB of data: decoding it would need 200 MB.
    const forged = await pdfWithImage(20_000, 10_000, 1_000_000, true);
    expect(forged.length).toBeLessThan(10_000);
    const rssBefore = process.memoryUsage().rss;
    await expect(checkExhibitBytes(ref, dir(), forged)).rejects.toMatchObject({
      code: 'exhibit-over-limit',
      params: { title: '现场照片', file: 'photos.pdf', limit: 'maxImagePixels', value: 200_000_000, max: 100_000_000 },
    });
    expect(process.memoryUsage().rss - rssBefore).toBeLessThan(100 * 1024 * 1024);
  });

  it('measures a real image against the limit set: refused over it, accepted within it', async () => {
    const real = await pdfWithImage(2_000, 1_000, 2_000_000);
    const limits = { ...DEFAULT_EXHIBIT_LIMITS, maxImagePixels: 1_000_000 };
    await expect(checkExhibitBytes(ref, dir(), real, limits)).rejects.toMatchObject({
      params: { limit: 'maxImagePixels', value: 2_000_000, max: 1_000_000 },
    });
    await expect(checkExhibitBytes(ref, dir(), real)).resolves.toBeUndefined();
    await expect(checkExhibitBytes(ref, dir(), real, { ...limits, maxImagePixels: 2_000_000 })).resolves.toBeUndefined();
  });

  it('is refused by evidence/add with its title and file, and the case is left as it was', async () => {
    const { c, id, store } = storeWithCase();
    const refused = await callApi(c, 'evidence/add', {
      id,
      name: '现场照片.pdf',
      bytes: Buffer.from(await pdfWithImage(20_000, 10_000, 1_000_000)).toString('base64'),
      entry: { id: 'E1', title: '现场照片', purpose: '证明交货', original: false },
    }).catch(toErrorPayload);
    expect(refused).toMatchObject({
      code: 'exhibit-over-limit',
      params: { title: '现场照片', file: '现场照片.pdf', limit: 'maxImagePixels', value: 200_000_000 },
    });
    expect(getCase(store, id).data.evidence).toEqual([]);
  });

  it('validate: exit 1, one line naming the exhibit, its file and the limit, in English and Chinese', async () => {
    const caseFile = writeFixtureCase(tempDir(), {
      'good.pdf': await makePdf([{ size: [595, 842] }]),
      'big-image.pdf': await pdfWithImage(20_000, 10_000, 1_000_000, true),
    });
    const en = runCli(['validate', caseFile, '--lang', 'en']);
    expect(en.status).toBe(1);
    expect(en.stdout).toBe('');
    expect(en.stderr.trim().split('\n')).toEqual([
      'error: evidence E2 “证据材料2（big-image.pdf）” (evidence/big-image.pdf): it has 200,000,000 pixels in one image, over the limit of 100,000,000 (maxImagePixels); split the file, or scan it again at a lower resolution',
    ]);
    const zh = runCli(['validate', caseFile, '--lang', 'zh']);
    expect(zh.status).toBe(1);
    expect(zh.stderr.trim().split('\n')).toEqual([
      '错误：证据“证据材料2（big-image.pdf）”（evidence/big-image.pdf）超出限制：有 单张图像 200,000,000 像素，上限为 100,000,000；请拆分该文件，或以较低分辨率重新扫描。',
    ]);
  });

  it('is still refused when a bundle resamples the image (the bundle keeps its own check)', async () => {
    // 4,000 × 2,000 drawn 500 pt wide: 576 dpi, so a bundle resamples it, and reads its size first.
    const doc = await PDFDocument.load(await pdfWithImage(4_000, 2_000, 8_000_000));
    const limits = { ...DEFAULT_EXHIBIT_LIMITS, maxImagePixels: 1_000_000 };
    const refused = await downsamplePdfImages(doc, doc.getPages().map(pageGeometry), limits).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(LimitExceeded);
    expect(refused).toMatchObject({ limit: 'maxImagePixels', value: 8_000_000, max: 1_000_000 });
  });
});
