import { BrowserWindow, dialog, ipcMain, shell, type IpcMainInvokeEvent } from 'electron';
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { DesktopFileFailure, DesktopFileProblem } from '../core/api/desktop-files.js';

/** The only paths open/show/print accept: those this window saved, so the page cannot name any other file. */
const saved = new Set<string>();

/** A failure the page words itself: its code and the file's name, never the system's English or a path. */
class FileFailure extends Error {
  constructor(readonly failed: DesktopFileProblem) {
    super(failed);
  }
}

/**
 * `files:*` channels behind the preload's `casepackFiles` (core/api/desktop-files.ts): save an exported file
 * through the save dialog, then open it with the system's viewer, show it in its folder, or print it. Each
 * answers a code on failure rather than throwing, since a thrown error reaches the page as English text.
 */
export function setupFiles(appWindow: () => BrowserWindow | undefined, documentsDir: () => string): void {
  const own = (event: IpcMainInvokeEvent) => {
    const window = appWindow();
    if (!window || BrowserWindow.fromWebContents(event.sender) !== window || event.senderFrame?.parent !== null)
      throw new FileFailure('wrong-window');
    return window;
  };
  const known = (path: unknown) => {
    if (typeof path !== 'string' || !saved.has(path)) throw new FileFailure('not-saved-here');
    if (!existsSync(path)) throw new FileFailure('file-missing');
    return path;
  };
  handle('files:save', 'save-failed', async (event, fileName: unknown, base64: unknown) => {
    const window = own(event);
    if (typeof fileName !== 'string' || typeof base64 !== 'string') throw new FileFailure('save-failed');
    const chosen = await dialog.showSaveDialog(window, { defaultPath: join(documentsDir(), basename(fileName)) });
    if (chosen.canceled || !chosen.filePath) return null;
    await writeFile(chosen.filePath, Buffer.from(base64, 'base64'));
    saved.add(chosen.filePath);
    return { path: chosen.filePath };
  });
  handle('files:open', 'open-failed', async (event, path: unknown) => {
    own(event);
    // openPath answers the system's reason in English, or '' once opened.
    if (await shell.openPath(known(path))) throw new FileFailure('open-failed');
    return null;
  });
  handle('files:show', 'open-failed', (event, path: unknown) => {
    own(event);
    shell.showItemInFolder(known(path));
    return null;
  });
  handle('files:print', 'print-failed', async (event, path: unknown) => {
    own(event);
    await printPdf(known(path));
    return null;
  });
}

/**
 * One channel; any failure (a code of ours, or the system's error) answers `{ failed, file }` with the file's
 * name only, `otherwise` for an error that is not ours.
 */
function handle(
  channel: string,
  otherwise: DesktopFileProblem,
  listener: (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown,
): void {
  ipcMain.removeHandler(channel);
  ipcMain.handle(channel, async (event, ...args: unknown[]): Promise<unknown> => {
    try {
      return await listener(event, ...args);
    } catch (error) {
      const failure: DesktopFileFailure = {
        failed: error instanceof FileFailure ? error.failed : otherwise,
        file: typeof args[0] === 'string' ? basename(args[0]) : '',
      };
      return failure;
    }
  });
}

/** Loads the PDF in a hidden, locked-down viewer window and opens the system's print dialog for it. */
async function printPdf(path: string): Promise<void> {
  const viewer = new BrowserWindow({
    show: false,
    webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, plugins: true, javascript: false },
  });
  viewer.webContents.on('will-navigate', (e) => e.preventDefault());
  try {
    await viewer.loadURL(pathToFileURL(path).href);
    await new Promise<void>((resolve, reject) =>
      viewer.webContents.print({}, (ok, reason) =>
        ok || reason === 'Print job canceled' ? resolve() : reject(new FileFailure('print-failed')),
      ),
    );
  } finally {
    viewer.destroy();
  }
}
