import type { DesktopFileFailure, DesktopFiles } from '../../../core/api/public-api.js';
import { downloadBase64 } from './download.js';

declare global {
  interface Window {
    /** Set by the Electron preload (electron/files.ts); absent in a browser, where files are downloaded. */
    casepackFiles?: DesktopFiles;
  }
}

/** A file an export produced: saved by the desktop app at `path`, or downloaded by the browser (kept as `url`). */
export type ExportedFile = { fileName: string } & ({ path: string } | { url: string });

/**
 * Saves an exported file: the desktop app's save dialog (so it can be opened, shown and printed after), or the
 * browser's download. `undefined` when the user cancels the save dialog.
 */
export async function keepExport(fileName: string, base64: string, type: string): Promise<ExportedFile | undefined> {
  const files = window.casepackFiles;
  if (files) {
    const saved = await files.save(fileName, base64);
    if (saved && 'failed' in saved) throw failure(saved);
    return saved ? { fileName, path: saved.path } : undefined;
  }
  downloadBase64(fileName, base64, type);
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  return { fileName, url: URL.createObjectURL(new Blob([bytes], { type })) };
}

/** Opens the file in the system's viewer (desktop) or the browser's, in a new tab. */
export async function openExport(file: ExportedFile): Promise<void> {
  if ('path' in file) return check(await window.casepackFiles?.open(file.path));
  window.open(file.url, '_blank', 'noopener');
}

/** Shows the saved file in its folder (desktop only: a browser keeps its downloads to itself). */
export async function showExport(file: ExportedFile): Promise<void> {
  if ('path' in file) check(await window.casepackFiles?.show(file.path));
}

/** The print dialog for the file: the desktop's, or the browser's own over its PDF viewer in a new tab. */
export async function printExport(file: ExportedFile): Promise<void> {
  if ('path' in file) return check(await window.casepackFiles?.print(file.path));
  const tab = window.open(file.url, '_blank');
  tab?.addEventListener('load', () => tab.print(), { once: true });
}

/** The shell's failure as an error the ErrorBox words in the interface's language (desktop-file-messages.ts). */
const failure = (f: DesktopFileFailure) => ({
  name: 'DesktopFileError',
  message: `${f.failed}: ${f.file}`,
  code: `desktop-${f.failed}`,
  params: { file: f.file },
});

function check(outcome: DesktopFileFailure | null | undefined): void {
  if (outcome) throw failure(outcome);
}
