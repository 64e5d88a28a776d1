import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { runTool } from './system-tools.js';

/**
 * Opens DOCX files in LibreOffice, a reader independent of the `docx` library that wrote them, and returns
 * the text it reads, by file. One soffice run for all files (it takes a second or two to start), with a
 * throwaway profile and HOME so that it neither reads nor writes the user's.
 */
export function docxTextByLibreOffice(files: readonly string[]): Map<string, string> {
  const scratch = mkdtempSync(join(tmpdir(), 'casepack-soffice-'));
  try {
    const result = runTool(
      'soffice',
      [
        `-env:UserInstallation=${pathToFileURL(join(scratch, 'profile')).href}`,
        '--headless',
        '--convert-to',
        'txt:Text (encoded):UTF8',
        '--outdir',
        join(scratch, 'out'),
        ...files,
      ],
      { env: { ...process.env, HOME: scratch }, timeout: 180_000 },
    );
    if (result.status !== 0) throw new Error(`soffice exited ${result.status}: ${result.stderr}`);
    return new Map(
      files.map((file) => [file, readFileSync(join(scratch, 'out', basename(file).replace(/\.docx$/, '.txt')), 'utf8')]),
    );
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
