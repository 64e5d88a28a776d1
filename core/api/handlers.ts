import type { z } from 'zod';
import { busyAsStoreError } from '../store/busy.js';
import { ApiArgumentError } from './api-error.js';
import { backupHandlers } from './backup-handlers.js';
import { calcHandlers } from './calc-handlers.js';
import { casesHandlers } from './cases-handlers.js';
import { complaintJobHandlers } from './complaint-job-handlers.js';
import { deskHandlers } from './desk-handlers.js';
import { documentsHandlers } from './documents-handlers.js';
import { editorHandlers } from './editor-handlers.js';
import { entriesHandlers } from './entries-handlers.js';
import { eventsHandlers } from './events-handlers.js';
import { filingsHandlers } from './filings-handlers.js';
import { importHandlers } from './import-handlers.js';
import { letterJobHandlers } from './letter-job-handlers.js';
import { outputsHandlers } from './outputs-handlers.js';
import { runHandler, type ApiContext, type Handler } from './handler.js';
import { ratesHandlers } from './rates-handlers.js';
import { revisionsHandlers } from './revisions-handlers.js';
import { settingsHandlers } from './settings-handlers.js';
import { trackingHandlers } from './tracking-handlers.js';

/**
 * The one API of CasePack: Electron IPC, the web bridge and the renderer all use this table. Each entry
 * validates its arguments with the same schemas as the case file and calls into core.
 */
export const handlers = {
  ...casesHandlers,
  ...editorHandlers,
  ...entriesHandlers,
  ...deskHandlers,
  ...calcHandlers,
  ...documentsHandlers,
  ...filingsHandlers,
  ...letterJobHandlers,
  ...complaintJobHandlers,
  ...eventsHandlers,
  ...revisionsHandlers,
  ...settingsHandlers,
  ...ratesHandlers,
  ...backupHandlers,
  ...importHandlers,
  ...trackingHandlers,
  ...outputsHandlers,
};

export type Handlers = typeof handlers;
export type ApiName = keyof Handlers;
export type ApiArgs<N extends ApiName> = z.input<Handlers[N]['args']>;
export type ApiResult<N extends ApiName> = Awaited<ReturnType<Handlers[N]['run']>>;

/** What the preload exposes and the web bridge imitates: `window.casepack.send('cases/list', {})`. */
export interface CasePackApi {
  send<N extends ApiName>(name: N, args: ApiArgs<N>): Promise<ApiResult<N>>;
}

export function isApiName(name: unknown): name is ApiName {
  return typeof name === 'string' && Object.hasOwn(handlers, name);
}

/**
 * Validates the arguments of one call from the app (Electron IPC, the web bridge) and runs it. Unknown names
 * and bad arguments are refused; the in-process use cases of `localHandlers` are unknown here.
 */
export async function callApi(context: ApiContext, name: unknown, args: unknown): Promise<unknown> {
  if (!isApiName(name)) throw new ApiArgumentError(`unknown API call ${JSON.stringify(name)}`);
  try {
    return await runHandler(context, name, handlers[name] as Handler<z.ZodType, unknown>, args);
  } catch (error) {
    // Another CasePack (a command, a second app) held the database past the busy timeout.
    throw busyAsStoreError(error, context.store.db.name);
  }
}
