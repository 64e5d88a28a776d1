import { BrowserWindow, dialog, ipcMain, shell, type IpcMainInvokeEvent } from 'electron';
import { writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The only paths open/show/print accept: those this window saved, so the page cannot name any other file. */
const saved = new Set<string>();

/**
 * `files:*` channels behind the preload's `casepackFiles` (core/api/desktop-files.ts): save an exported file
 * through the save dialog, then open it with the system's viewer, show it in its folder, or print it.
 */
export function setupFiles(appWindow: () => BrowserWindow | undefined, documentsDir: () => string): void {
  const own = (event: IpcMainInvokeEvent) => {
    const window = appWindow();
    if (!window || BrowserWindow.fromWebContents(event.sender) !== window || event.senderFrame?.parent !== null)
      throw new Error('calls come from the CasePack window only');
    return window;
  };
  const known = (path: unknown) => {
    if (typeof path !== 'string' || !saved.has(path)) throw new Error('only a file CasePack saved in this session');
    return path;
  };
  handle('files:save', async (event, fileName: unknown, base64: unknown) => {
    const window = own(event);
    if (typeof fileName !== 'string' || typeof base64 !== 'string') throw new Error('expected a file name and its bytes');
    const chosen = await dialog.showSaveDialog(window, { defaultPath: join(documentsDir(), basename(fileName)) });
    if (chosen.canceled || !chosen.filePath) return null;
    await writeFile(chosen.filePath, Buffer.from(base64, 'base64'));
    saved.add(chosen.filePath);
    return { path: chosen.filePath };
  });
  handle('files:open', async (event, path: unknown) => {
    own(event);
    const failure = await shell.openPath(known(path));
    if (failure) throw new Error(failure);
  });
  handle('files:show', (event, path: unknown) => {
    own(event);
    shell.showItemInFolder(known(path));
  });
  handle('files:print', async (event, path: unknown) => {
    own(event);
    await printPdf(known(path));
  });
}

function handle(channel: string, listener: (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown): void {
  ipcMain.removeHandler(channel);
  ipcMain.handle(channel, listener);
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
        ok || reason === 'Print job canceled' ? resolve() : reject(new Error(reason)),
      ),
    );
  } finally {
    viewer.destroy();
  }
}
