import { BrowserWindow, ipcMain, type IpcMainInvokeEvent } from 'electron';
import { toErrorPayload } from '../core/api/api-error.js';
import type { ApiContext } from '../core/api/handler.js';
import { callApi } from '../core/api/handlers.js';

/**
 * One IPC channel for the whole API. Calls from any window but the app's own, or from a sub-frame, are
 * refused; `callApi` validates each call's arguments with the same schemas the case file uses.
 */
export function setupIpc(context: ApiContext, appWindow: () => BrowserWindow | undefined): void {
  ipcMain.removeHandler('casepack');
  ipcMain.handle('casepack', async (event: IpcMainInvokeEvent, name: unknown, args: unknown) => {
    const window = appWindow();
    if (!window || BrowserWindow.fromWebContents(event.sender) !== window || event.senderFrame?.parent !== null)
      return { ok: false, error: { name: 'Forbidden', message: 'calls come from the CasePack window only' } };
    try {
      return { ok: true, result: await callApi(context, name, args) };
    } catch (error) {
      return { ok: false, error: toErrorPayload(error) };
    }
  });
}
