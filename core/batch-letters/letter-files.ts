import { join } from 'node:path';
import { joinAbbreviations } from '../util/abbreviation-slash.js';

/** A file name safe on Windows, macOS and Linux that still reads as the debtor's name. */
export function safeName(text: string): string {
  return (
    joinAbbreviations(text)
      .replace(/[\\/:*?"<>|\p{Cc}]/gu, '_')
      .replace(/^\.+/, '_')
      .slice(0, 60) || 'case'
  );
}

/** `DIR/0012-张三-催款函.pdf` and `.docx`: sorted by case id, the debtor and the letter readable at a glance. */
export function letterPaths(
  outDir: string,
  caseId: number,
  debtor: string,
  title: string,
): { pdf: string; docx: string; base: string } {
  const base = `${String(caseId).padStart(4, '0')}-${safeName(debtor)}-${safeName(title)}`;
  return { pdf: join(outDir, `${base}.pdf`), docx: join(outDir, `${base}.docx`), base };
}

/** `申衡律函〔2025〕第{n}号` with n the letter's number in the batch (from `start`), three digits at least. */
export function letterNumber(pattern: string | undefined, n: number): string | undefined {
  return pattern?.replace(/\{n\}/g, String(n).padStart(3, '0'));
}
