import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { runTool, toolOutput, type SystemTool } from './system-tools.js';

/**
 * Reads a PDF the way a court's tools would, each a reader independent of pdf-lib: qpdf (structure), poppler
 * (pdftotext, pdffonts, pdfinfo, pdftoppm) and mupdf (mutool). Every call goes through system-tools, so a
 * missing reader names its Debian package.
 */
export const PDF_READERS = ['qpdf', 'pdffonts', 'pdftotext', 'pdftoppm', 'pdfinfo', 'mutool'] as const satisfies SystemTool[];

/** The text of one page (`layout`: pdftotext -layout, keeping columns apart). */
export function pageText(file: string, page: number, layout = false): string {
  return toolOutput('pdftotext', [...(layout ? ['-layout'] : []), '-f', String(page), '-l', String(page), file, '-']);
}

/** The whole document's text, pages separated by form feeds. */
export function pdfText(file: string, layout = true): string {
  return toolOutput('pdftotext', [...(layout ? ['-layout'] : []), file, '-']);
}

export function pageCount(file: string): number {
  return Number(/Pages:\s+(\d+)/.exec(toolOutput('pdfinfo', [file]))![1]);
}

export function pageSizes(file: string): { width: number; height: number; rotate: number }[] {
  const info = toolOutput('pdfinfo', ['-f', '1', '-l', '100000', file]);
  const sizes = [...info.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/gm)].map((m) => ({
    width: Number(m[1]),
    height: Number(m[2]),
    rotate: 0,
  }));
  [...info.matchAll(/^Page\s+(\d+) rot:\s+(\d+)/gm)].forEach((m) => (sizes[Number(m[1]) - 1]!.rotate = Number(m[2])));
  return sizes;
}

/** `qpdf --check` exit status and output (0 is clean; 3 is warnings). */
export function qpdfCheck(file: string): { status: number | null; output: string } {
  const result = runTool('qpdf', ['--check', file]);
  return { status: result.status, output: result.stdout + result.stderr };
}

/** A scratch folder holding `bytes` as `name`, removed by the returned cleanup. */
export function withPdfFile(bytes: Uint8Array, name = 'letter.pdf'): { dir: string; file: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'casepack-pdf-'));
  const file = join(dir, name);
  writeFileSync(file, bytes);
  return { dir, file, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface FontRow {
  name: string;
  embedded: boolean;
  subset: boolean;
  unicode: boolean;
}

/** The table `pdffonts` prints, one row per font. */
export function pdfFonts(file: string): FontRow[] {
  const lines = toolOutput('pdffonts', [file]).trim().split('\n').slice(2);
  return lines.map((line) => {
    const cells = line.trim().split(/\s+/);
    // name, type words…, encoding, emb, sub, uni, object id, generation
    const [emb, sub, uni] = cells.slice(-5, -2);
    return { name: cells[0]!, embedded: emb === 'yes', subset: sub === 'yes', unicode: uni === 'yes' };
  });
}

export interface RgbPage {
  width: number;
  height: number;
  /** Three bytes per pixel, row by row. */
  rgb: Buffer;
}

/** Renders one page to RGB pixels at `dpi` with pdftoppm. */
export async function renderPage(file: string, page: number, dpi = 30): Promise<RgbPage> {
  const out = mkdtempSync(join(tmpdir(), 'casepack-ppm-'));
  try {
    const prefix = join(out, 'page');
    toolOutput('pdftoppm', ['-r', String(dpi), '-f', String(page), '-l', String(page), '-singlefile', '-png', file, prefix]);
    const png = readFileSync(`${prefix}.png`);
    const { data, info } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
    return { width: info.width, height: info.height, rgb: data };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

/** Pixels of an RGB page darker than mid grey: zero on a page whose glyphs came out blank. */
export function darkRgbPixels(image: RgbPage): number {
  let count = 0;
  for (let i = 0; i < image.rgb.length; i += 3) if (image.rgb[i]! + image.rgb[i + 1]! + image.rgb[i + 2]! < 3 * 100) count++;
  return count;
}

export interface RenderedPage {
  png: Buffer;
  width: number;
  height: number;
  /** Grey levels, one byte per pixel, row by row. */
  gray: Buffer;
}

/** Renders every page with pdftoppm at `dpi`; returns the pages and whatever pdftoppm wrote to stderr. */
export async function renderPages(file: string, dpi: number): Promise<{ pages: RenderedPage[]; stderr: string }> {
  const out = mkdtempSync(join(tmpdir(), 'casepack-ppm-'));
  try {
    const result = runTool('pdftoppm', ['-r', String(dpi), '-png', file, join(out, 'page')]);
    const names = readdirSync(out)
      .filter((name) => name.endsWith('.png'))
      .sort();
    const pages: RenderedPage[] = [];
    for (const name of names) {
      const png = await sharp(join(out, name)).toBuffer();
      const { data, info } = await sharp(png).grayscale().raw().toBuffer({ resolveWithObject: true });
      pages.push({ png, width: info.width, height: info.height, gray: data });
    }
    return { pages, stderr: result.stderr };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

/** Pixels darker than mid-grey inside a rectangle given in pixels. */
export function darkPixels(page: RenderedPage, left: number, top: number, right: number, bottom: number): number {
  let count = 0;
  for (let y = Math.max(0, Math.floor(top)); y < Math.min(page.height, Math.ceil(bottom)); y++) {
    for (let x = Math.max(0, Math.floor(left)); x < Math.min(page.width, Math.ceil(right)); x++) {
      if (page.gray[y * page.width + x]! < 128) count++;
    }
  }
  return count;
}
