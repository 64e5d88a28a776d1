// The only bridge between the page and the main process: one typed `send` over one IPC channel.
// CommonJS because a sandboxed preload cannot be an ES module.
import { contextBridge, ipcRenderer } from 'electron';
import type { ApiErrorPayload } from '../core/api/api-error.js';
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

contextBridge.exposeInMainWorld('casepack', api);
