// The only bridge between the page and the main process: one typed `send` over one IPC channel, and the
// files an export saved (open, show in folder, print). CommonJS because a sandboxed preload cannot be an ES module.
import { contextBridge, ipcRenderer } from 'electron';
import type { ApiErrorPayload } from '../core/api/api-error.js';
import type { DesktopFileFailure, DesktopFiles } from '../core/api/desktop-files.js';
import type { CasePackApi } from '../core/api/handlers.js';

const api: CasePackApi = {
  async send(name, args) {
    const reply = (await ipcRenderer.invoke('casepack', name, args)) as
      { ok: true; result: never } | { ok: false; error: ApiErrorPayload };
    if (reply.ok) return reply.result;
    // Plain data, not an Error: the context bridge would keep an Error's message only, losing its code.
    throw { ...reply.error };
  },
};

const files: DesktopFiles = {
  save: (fileName, base64) =>
    ipcRenderer.invoke('files:save', fileName, base64) as Promise<{ path: string } | DesktopFileFailure | null>,
  open: (path) => ipcRenderer.invoke('files:open', path) as Promise<DesktopFileFailure | null>,
  show: (path) => ipcRenderer.invoke('files:show', path) as Promise<DesktopFileFailure | null>,
  print: (path) => ipcRenderer.invoke('files:print', path) as Promise<DesktopFileFailure | null>,
};

contextBridge.exposeInMainWorld('casepack', api);
contextBridge.exposeInMainWorld('casepackFiles', files);
