import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import sharp from 'sharp';

/** Reads a PDF the way a court's tools would: poppler and qpdf, for tests. */
export function pageText(file: string, page: number, layout = false): string {
  return execFileSync('pdftotext', [...(layout ? ['-layout'] : []), '-f', String(page), '-l', String(page), file, '-'], {
    encoding: 'utf8',
  });
}

export function pageSizes(file: string): { width: number; height: number; rotate: number }[] {
  const info = execFileSync('pdfinfo', ['-f', '1', '-l', '100000', file], { encoding: 'utf8' });
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
  const result = spawnSync('qpdf', ['--check', file], { encoding: 'utf8' });
  return { status: result.status, output: result.stdout + result.stderr };
}

/** `pdffonts` rows as [name, embedded]. */
export function fonts(file: string): { name: string; embedded: boolean }[] {
  const lines = execFileSync('pdffonts', [file], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
  return lines.map((line) => {
    const cols = line.trim().split(/\s+/);
    return { name: cols[0]!, embedded: cols.at(-5) === 'yes' };
  });
}

/** Renders one page to RGB pixels at `dpi`. */
export async function renderPage(file: string, page: number, dpi = 30): Promise<{ width: number; height: number; rgb: Buffer }> {
  const prefix = `${file}.render-${page}`;
  execFileSync('pdftoppm', ['-r', String(dpi), '-f', String(page), '-l', String(page), '-singlefile', '-png', file, prefix]);
  const png = readFileSync(`${prefix}.png`);
  rmSync(`${prefix}.png`);
  const { data, info } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  return { width: info.width, height: info.height, rgb: data };
}

/** Pixels darker than mid grey: zero on a page whose glyphs came out blank. */
export function darkPixels(image: { rgb: Buffer }): number {
  let count = 0;
  for (let i = 0; i < image.rgb.length; i += 3) if (image.rgb[i]! + image.rgb[i + 1]! + image.rgb[i + 2]! < 3 * 100) count++;
  return count;
}
