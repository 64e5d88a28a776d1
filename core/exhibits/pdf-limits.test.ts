import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../test/support/cli.js';
import { useTempDir } from '../../test/support/temp-dir.js';
import { writeFixtureCase } from '../../test/support/fixture-case.js';
import { makePdf } from '../../test/support/exhibit-fixtures.js';
import { pageDict, rawPdf } from '../../test/support/raw-pdf.js';

const tempDir = useTempDir();

/** 1 catalog, 2 root; a chain of page-tree nodes each naming the next `fan` times; one page at the bottom. */
function fanOutTree(levels: number, fan: number): Uint8Array {
  const objects: string[] = ['<< /Type /Catalog /Pages 2 0 R >>'];
  for (let level = 0; level < levels; level++) {
    const n = objects.length + 1;
    const kids = Array.from({ length: fan }, () => `${n + 1} 0 R`).join(' ');
    objects.push(`<< /Type /Pages /Kids [${kids}] /Count ${fan ** (levels - level)} >>`);
  }
  objects.push(pageDict(objects.length));
  return rawPdf(objects);
}

function loopingTree(): Uint8Array {
  return rawPdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R 4 0 R] /Count 2 >>',
    pageDict(2),
    '<< /Type /Pages /Parent 2 0 R /Kids [2 0 R] /Count 1 >>',
  ]);
}

/** A page drawing one image XObject declared `w`×`h` RGB at a tiny size, its data `data`. */
function imagePage(w: number, h: number, data: Uint8Array, contentExtra = ''): Uint8Array {
  return rawPdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    pageDict(2, '/Resources << /XObject << /Im1 5 0 R >> >> /Contents 4 0 R'),
    { dict: '<< /Filter /FlateDecode >>', stream: deflateSync(Buffer.from(`q 100 0 0 100 0 0 cm /Im1 Do Q${contentExtra}`)) },
    {
      dict: `<< /Type /XObject /Subtype /Image /Width ${w} /Height ${h} /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /FlateDecode >>`,
      stream: data,
    },
  ]);
}

async function bundle(bad: Uint8Array, ...flags: string[]) {
  const dir = tempDir();
  const good = await makePdf([{ size: [595, 842] }]);
  const caseFile = writeFixtureCase(dir, { 'good.pdf': good, 'bad.pdf': bad });
  const out = join(dir, 'bundle.pdf');
  const result = runCli(['bundle', caseFile, '--out', out, ...flags]);
  expect(existsSync(out)).toBe(false);
  expect(result.status).toBe(1);
  expect(result.stderr.trim().split('\n')).toHaveLength(1);
  expect(result.stderr).toContain('evidence E2 “证据材料2（bad.pdf）” (evidence/bad.pdf)');
  expect(result.stderr).not.toMatch(/\n\s+at |RangeError|pdf-lib/);
  return result.stderr;
}

describe('hostile PDF exhibits are refused within bounds', () => {
  it('refuses a 1.7 KB page tree that fans out to 40^6 pages', async () => {
    const pdf = fanOutTree(6, 40);
    expect(pdf.length).toBeLessThan(12_000);
    expect(await bundle(pdf)).toContain('names the same page or node more than once');
  });

  it('refuses a page tree that loops, in bundle and in preflight', async () => {
    expect(await bundle(loopingTree())).toContain('names the same page or node more than once');
    const file = join(tempDir(), 'loop.pdf');
    writeFileSync(file, loopingTree());
    const result = runCli(['preflight', file]);
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain('loop.pdf');
    expect(result.stderr).not.toMatch(/\n\s+at |RangeError/);
  });

  it('refuses more pages than --max-pages, naming the limit', async () => {
    const pdf = await makePdf([{ size: [595, 842] }, { size: [595, 842] }, { size: [595, 842] }]);
    expect(await bundle(pdf, '--max-pages', '2')).toContain('over the limit of 2 (maxPages)');
  });

  it('refuses an image declared at 150 megapixels before decoding it', async () => {
    const stderr = await bundle(imagePage(15_000, 10_000, deflateSync(Buffer.alloc(1000))));
    expect(stderr).toContain('150,000,000 pixels in one image, over the limit of 100,000,000 (maxImagePixels)');
  });

  it('refuses a content stream that inflates past --max-stream-mb', async () => {
    const bomb = rawPdf([
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      pageDict(2, '/Resources << /XObject << /Im1 5 0 R >> >> /Contents 4 0 R'),
      { dict: '<< /Filter /FlateDecode >>', stream: deflateSync(Buffer.alloc(3 * 1024 * 1024, 0x20), { level: 9 }) },
      '<< /Type /XObject /Subtype /Image /Width 1 /Height 1 /ColorSpace /DeviceGray /BitsPerComponent 8 /Length 1 >>',
    ]);
    expect(bomb.length).toBeLessThan(10_000);
    expect(await bundle(bomb, '--max-stream-mb', '2')).toContain('(maxStreamBytes)');
  });

  it('refuses an object stream that inflates past the limit before pdf-lib parses it', async () => {
    const objects = rawPdf([
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      pageDict(2),
      {
        dict: '<< /Type /ObjStm /N 1 /First 4 /Filter /FlateDecode >>',
        stream: deflateSync(Buffer.alloc(6 * 1024 * 1024, 0x30)),
      },
    ]);
    expect(await bundle(objects, '--max-stream-mb', '4')).toContain('(maxStreamBytes)');
  });
});
