import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument, PDFName } from 'pdf-lib';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  darkPixels,
  PDF_READERS,
  pdfFonts,
  renderPages,
  withPdfFile,
  type RenderedPage,
} from '../../../test/support/pdf-tools.js';
import { lacksTools, runTool } from '../../../test/support/system-tools.js';
import { PROJECT_ROOT } from '../../project-root.js';
import type { DocumentModel } from '../model.js';
import { enLetterBeforeClaim, ZH_AMOUNT_FIGURES, ZH_AMOUNT_WORDS, zhDemandLetter } from '../../../test/support/sample-letters.js';
import { NO_LINE_END, NO_LINE_START } from './kinsoku.js';
import { mm } from './pdf-style.js';
import { layoutDocument, renderPdf, type DocumentLayout } from './render-pdf.js';

const missing = lacksTools('the letter PDF read-back tests', ...PDF_READERS);

const ARTIFACTS = join(PROJECT_ROOT, 'test-artifacts', 'documents');
const DPI = 50;

/** The model's paragraph texts, as a reader of the PDF should get them back. */
const paragraphTexts = (model: DocumentModel) =>
  model.blocks.flatMap((block) => (block.type === 'paragraph' ? [block.runs.map((run) => run.text).join('')] : []));

async function logo(): Promise<Uint8Array> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="240" height="240"><circle cx="120" cy="120" r="110" fill="#8b0000"/><rect x="70" y="60" width="100" height="120" fill="#fff"/></svg>`;
  return new Uint8Array(await sharp(Buffer.from(svg)).png().toBuffer());
}

describe.skipIf(missing)('renderPdf: a zh-CN demand letter read back by qpdf, poppler and mupdf', () => {
  let model: DocumentModel;
  let layout: DocumentLayout;
  let bytes: Uint8Array;
  let file: string;
  let cleanup: () => void;
  let pages: RenderedPage[];
  let ppmErrors: string;

  beforeAll(async () => {
    model = zhDemandLetter({ logo: await logo() });
    layout = layoutDocument(model);
    bytes = await renderPdf(model);
    ({ file, cleanup } = withPdfFile(bytes));
    ({ pages, stderr: ppmErrors } = await renderPages(file, DPI));
    mkdirSync(ARTIFACTS, { recursive: true });
    writeFileSync(join(ARTIFACTS, 'zh-demand-letter.pdf'), bytes);
    writeFileSync(join(ARTIFACTS, 'zh-demand-letter-page-1.png'), (await renderPages(file, 110)).pages[0]!.png);
  });
  afterAll(() => cleanup?.());

  it('is a well-formed PDF (qpdf --check)', () => {
    const result = runTool('qpdf', ['--check', file]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('No syntax or stream encoding errors found');
  });

  it('embeds every font, as a subset with a Unicode map (pdffonts)', () => {
    const fonts = pdfFonts(file);
    expect(fonts.length).toBeGreaterThanOrEqual(2);
    for (const font of fonts) {
      expect(font, font.name).toMatchObject({ embedded: true, subset: true, unicode: true });
      expect(font.name).toMatch(/^[A-Z]{6}\+NotoS(erif|ans)SC-/);
    }
    expect(bytes.length).toBeLessThan(200_000);
  });

  it('gives back the exact text, amounts in figures and in words inside their sentence (pdftotext)', () => {
    // Chinese lines are joined without a separator: any space a reader puts between characters of a
    // justified line would show up here.
    // Only the text area (inside the GB/T 9704 margins), so a paragraph that runs onto the next page
    // reads on without the footer and header between.
    const area = ['-x', '0', '-y', String(Math.round(mm(37))), '-W', '596', '-H', String(Math.floor(mm(297 - 37 - 35)))];
    const text = runTool('pdftotext', ['-enc', 'UTF-8', ...area, file, '-']).stdout.replace(/[\n\f]/g, '');
    expect(text).toContain(`贵司尚欠我司货款人民币${ZH_AMOUNT_FIGURES}元（大写：${ZH_AMOUNT_WORDS}），`);
    for (const paragraph of paragraphTexts(model)) expect(text).toContain(paragraph);
    expect(text).toContain('第42批货物（型号SK-142）已于当月验收合格，');
    expect(text).toContain('上海某某供应链管理有限公司（盖章）');
  });

  it('labels every page "第 N 页 共 M 页" in the footer, the header text on pages after the first', () => {
    const count = layout.pages.length;
    expect(count).toBeGreaterThanOrEqual(4);
    for (let page = 1; page <= count; page++) {
      const text = runTool('pdftotext', ['-enc', 'UTF-8', '-f', String(page), '-l', String(page), file, '-']).stdout;
      expect(text).toContain(`第 ${page} 页 共 ${count} 页`);
      if (page > 1) expect(text).toContain('沪某供催字〔2024〕第018号');
    }
  });

  it('runs the table over three pages and repeats its header row on each', () => {
    const tablePages = layout.pages.filter((page) => page.lines.some((line) => line.role === 'cell'));
    expect(tablePages.length).toBe(3);
    for (const page of tablePages) {
      const firstCells = page.lines.filter((line) => line.role === 'cell').slice(0, 4);
      expect(firstCells.map((line) => line.text)).toEqual(['序号', '发货日期', '说明', '金额（元）']);
    }
  });

  it('renders every page without a warning (pdftoppm, mutool draw), with ink wherever a line was set', () => {
    expect(ppmErrors).toBe('');
    const mutool = runTool('mutool', ['draw', '-q', '-N', '-o', file.replace(/\.pdf$/, '-%d.png'), file]);
    expect(mutool.stderr).toBe('');
    expect(mutool.status).toBe(0);
    expect(pages.length).toBe(layout.pages.length);
    const scale = DPI / 72;
    layout.pages.forEach((page, p) => {
      for (const line of page.lines) {
        if (line.text.trim() === '') continue;
        const size = line.runs[0]!.size;
        const left = Math.min(...line.runs.map((run) => run.x));
        const right = Math.max(...line.runs.map((run) => run.x + run.width));
        const top = (layout.height - line.y - size * 0.9) * scale;
        const bottom = (layout.height - line.y + size * 0.15) * scale;
        const ink = darkPixels(pages[p]!, left * scale, top, right * scale, bottom);
        // At 50 dpi a glyph of body size leaves at least one dark pixel; small print may leave fewer.
        const glyphs = Array.from(line.text.replace(/\s/g, '')).length;
        expect(ink, `page ${p + 1}: "${line.text}"`).toBeGreaterThan(size >= 10 && glyphs >= 5 ? glyphs : 0);
      }
    });
  });

  it('sets no line that starts with closing punctuation or ends with an opening bracket (禁则)', () => {
    let checked = 0;
    for (const page of layout.pages) {
      for (const line of page.lines) {
        const chars = Array.from(line.text);
        if (chars.length === 0) continue;
        expect(NO_LINE_START.has(chars[0]!), `line starts with ${chars[0]}: ${line.text}`).toBe(false);
        expect(NO_LINE_END.has(chars.at(-1)!), `line ends with ${chars.at(-1)}: ${line.text}`).toBe(false);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(100);
  });

  it('records the title, language and producer', async () => {
    const info = runTool('pdfinfo', [file]).stdout;
    expect(info).toMatch(/Title:\s+催款函/);
    expect(info).toMatch(/Producer:\s+CasePack/);
    const loaded = await PDFDocument.load(bytes);
    expect(String(loaded.catalog.get(PDFName.of('Lang')))).toContain('zh-CN');
  });
});

describe.skipIf(missing)('renderPdf: an en-GB letter', () => {
  it('keeps Latin words whole across line breaks and gives the text back (pdftotext)', async () => {
    const model = enLetterBeforeClaim();
    const layout = layoutDocument(model);
    const body = layout.pages.flatMap((page) => page.lines.filter((line) => line.role === 'body'));
    const joined = body.map((line) => line.text).join(' ');
    for (const paragraph of paragraphTexts(model)) expect(joined).toContain(paragraph.replace(/\n/g, ' '));

    const { file, cleanup } = withPdfFile(await renderPdf(model));
    try {
      const text = runTool('pdftotext', ['-enc', 'UTF-8', file, '-']).stdout.replace(/\s+/g, ' ');
      for (const paragraph of paragraphTexts(model)) expect(text).toContain(paragraph.replace(/\s+/g, ' '));
      expect(text).toContain('Page 1 of 1');
      expect(runTool('qpdf', ['--check', file]).status).toBe(0);
    } finally {
      cleanup();
    }
  });
});
