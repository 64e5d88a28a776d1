import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';

/**
 * The command-line PDF readers tests check the renderer's output with: qpdf (structure), poppler
 * (pdffonts, pdftotext, pdftoppm) and mupdf (mutool), each a reader independent of pdf-lib.
 */
export const PDF_TOOLS = ['qpdf', 'pdffonts', 'pdftotext', 'pdftoppm', 'pdfinfo', 'mutool'] as const;

export function missingPdfTools(): string[] {
  return PDF_TOOLS.filter((tool) => spawnSync(tool, ['-v'], { stdio: 'ignore' }).error !== undefined);
}

export interface ToolResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function run(command: string, args: string[]): ToolResult {
  const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
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
  const lines = run('pdffonts', [file]).stdout.trim().split('\n').slice(2);
  return lines.map((line) => {
    const cells = line.trim().split(/\s+/);
    // name, type words…, encoding, emb, sub, uni, object id, generation
    const [emb, sub, uni] = cells.slice(-5, -2);
    return { name: cells[0]!, embedded: emb === 'yes', subset: sub === 'yes', unicode: uni === 'yes' };
  });
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
    const result = run('pdftoppm', ['-r', String(dpi), '-png', file, join(out, 'page')]);
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
