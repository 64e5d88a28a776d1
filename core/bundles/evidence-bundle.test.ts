import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../test/support/cli.js';
import { outlineItems } from './reading/destinations.js';
import { openBundle } from './reading/read-bundle.js';
import { oddInputs, writeFixtureCase } from '../../test/support/fixture-case.js';
import { darkRgbPixels, pageSizes, pageText, pdfFonts, qpdfCheck, renderPage } from '../../test/support/pdf-tools.js';
import { lacksTools } from '../../test/support/system-tools.js';
import type { BundleManifest } from './manifest.js';

let dir: string;
let caseFile: string;
let out: string;
let manifest: BundleManifest;
const missing = lacksTools('the evidence bundle read-back tests', 'qpdf', 'pdftotext', 'pdfinfo', 'pdffonts', 'pdftoppm');

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'casepack-bundle-'));
  caseFile = writeFixtureCase(dir, await oddInputs());
  out = join(dir, 'out', 'bundle.pdf');
  const result = runCli([
    'bundle',
    caseFile,
    '--out',
    out,
    '--dividers',
    '--court',
    '上海市浦东新区人民法院',
    '--date',
    '2025-09-01',
  ]);
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  manifest = (await openBundle(out)).manifest!;
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.skipIf(missing)('evidence bundle from odd inputs', () => {
  it('is a clean PDF of upright A4 pages', () => {
    expect(qpdfCheck(out).status).toBe(0);
    const sizes = pageSizes(out);
    expect(sizes.length).toBe(manifest.totalPages);
    for (const { width, height, rotate } of sizes) {
      expect([width, height].sort((a, b) => a - b)).toEqual([595.28, 841.89]);
      expect(rotate).toBe(0);
    }
  });

  it('stamps every page after the cover with its own number', () => {
    const total = manifest.totalPages;
    expect(pageText(out, 1)).not.toContain('第 1 页');
    for (let n = 2; n <= total; n++) expect(pageText(out, n)).toContain(`第 ${n} 页 共 ${total} 页`);
  });

  it('lists page ranges in the index where each exhibit really starts', async () => {
    const index = manifest.indexPages.map((n) => pageText(out, n, true)).join('\n');
    const ranges = [...index.matchAll(/\s(\d+)(?:–(\d+))?\s+(?:原件|复印件)/g)].map((m) => [Number(m[1]), Number(m[2] ?? m[1])]);
    expect(ranges).toEqual(manifest.exhibits.map((e) => [e.firstPage, e.lastPage]));
    const doc = (await openBundle(out)).doc;
    const outline = outlineItems(doc);
    expect(outline.length).toBe(manifest.exhibits.length + 1);
    manifest.exhibits.forEach((e, i) => {
      expect(outline[i + 1]!.target?.pageIndex).toBe(e.firstPage - 1);
      expect(outline[i + 1]!.title).toContain(`第 ${e.firstPage} 页`);
      expect(pageText(out, e.firstPage)).toContain(`证据 ${e.number}`);
    });
  });

  it('writes Chinese that extracts exactly and renders visibly, in embedded fonts', async () => {
    const cover = pageText(out, 1);
    for (const text of [
      '证据材料',
      '澄川机电诉明禾建材买卖合同纠纷',
      '上海市浦东新区人民法院',
      '2025年9月1日',
      '提交人（签名或盖章）',
    ])
      expect(cover).toContain(text);
    // A cell's text may wrap (the letters' line breaker may put 证据材料 | 5（plain.jpg） on two lines).
    const index = pageText(out, 2).replace(/\s+/g, '');
    for (const text of ['证据目录', '序号', '证据名称', '证明目的', '证据材料5（plain.jpg）', '证明事实3', '复印件'])
      expect(index).toContain(text);
    // The cover has no rules or boxes: every dark pixel is a glyph, so blank glyphs would give none.
    expect(darkRgbPixels(await renderPage(out, 1))).toBeGreaterThan(150);
    expect(pdfFonts(out).every((f) => f.embedded)).toBe(true);
  });

  it('shows the EXIF-rotated photo upright (red block top right)', async () => {
    const exhibit = manifest.exhibits.find((e) => e.file.endsWith('exif-rotated.jpg'))!;
    const page = await renderPage(out, exhibit.lastPage, 20);
    const red = (x0: number, x1: number, y0: number, y1: number) => {
      let n = 0;
      for (let y = Math.floor(y0 * page.height); y < y1 * page.height; y++)
        for (let x = Math.floor(x0 * page.width); x < x1 * page.width; x++) {
          const i = (y * page.width + x) * 3;
          if (page.rgb[i]! > 200 && page.rgb[i + 1]! < 60 && page.rgb[i + 2]! < 60) n++;
        }
      return n;
    };
    expect(page.height).toBeGreaterThan(page.width);
    expect(red(0.5, 1, 0, 0.5)).toBeGreaterThan(50);
    expect(red(0, 0.5, 0, 1) + red(0.5, 1, 0.5, 1)).toBe(0);
  });

  it('passes pre-flight under both rule sets', () => {
    for (const rules of ['cn', 'ew']) {
      const result = runCli(['preflight', out, '--rules', rules]);
      expect(result.stdout).not.toContain('FAIL');
      expect(result.status).toBe(0);
    }
  });

  it('verifies fresh, and names the exhibit whose source changed', () => {
    expect(runCli(['verify', out, '--sources', dir]).status).toBe(0);
    const original = readFileSync(join(dir, 'evidence', 'plain.jpg'));
    writeFileSync(join(dir, 'evidence', 'plain.jpg'), Buffer.from('changed'));
    const result = runCli(['verify', out, '--sources', dir]);
    writeFileSync(join(dir, 'evidence', 'plain.jpg'), original);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('E5 (evidence/plain.jpg): changed');
  });
});

describe.skipIf(missing)('volumes', () => {
  it('splits under the size limit with page numbers running on', async () => {
    const volumeOut = join(dir, 'vol', 'bundle.pdf');
    const result = runCli(['bundle', caseFile, '--out', volumeOut, '--volume-mb', '0.1', '--stamp', 'en']);
    expect(result.status).toBe(0);
    expect(existsSync(volumeOut)).toBe(false);
    const first = (await openBundle(join(dir, 'vol', 'bundle-vol1.pdf'))).manifest!;
    expect(first.volumes.length).toBeGreaterThan(1);
    for (const volume of first.volumes) {
      const file = join(dir, 'vol', volume.fileName);
      const doc = await PDFDocument.load(new Uint8Array(readFileSync(file)));
      expect(doc.getPageCount()).toBe(volume.lastPage - volume.firstPage + 1);
      expect(pageText(file, 1)).toContain(volume.n === 1 ? '证据材料' : `Page ${volume.firstPage} of ${first.totalPages}`);
      expect(runCli(['preflight', file, '--rules', 'ew']).stdout).not.toContain('FAIL');
      expect(statSync(file).size).toBeLessThanOrEqual(0.1 * 1024 * 1024);
    }
  });
});
