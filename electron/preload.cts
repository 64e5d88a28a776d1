// The only bridge between the page and the main process: one typed `send` over one IPC channel.
// CommonJS because a sandboxed preload cannot be an ES module.
import { contextBridge, ipcRenderer } from 'electron';
import type { CasePackApi } from '../core/api/handlers.js';

const api: CasePackApi = {
  async send(name, args) {
    const reply = (await ipcRenderer.invoke('casepack', name, args)) as
      { ok: true; result: never } | { ok: false; error: { name: string; message: string } };
    if (reply.ok) return reply.result;
    throw Object.assign(new Error(reply.error.message), { name: reply.error.name });
  },
};

contextBridge.exposeInMainWorld('casepack', api);
