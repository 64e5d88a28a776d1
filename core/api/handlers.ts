import type { z } from 'zod';
import { formatJsonPath } from '../case/json-path.js';
import { ApiArgumentError } from './api-error.js';
import { calcHandlers } from './calc-handlers.js';
import { casesHandlers } from './cases-handlers.js';
import { documentsHandlers } from './documents-handlers.js';
import { eventsHandlers } from './events-handlers.js';
import type { ApiContext, Handler } from './handler.js';
import { settingsHandlers } from './settings-handlers.js';

/**
 * The one API of CasePack: Electron IPC, the web bridge and the renderer all use this table. Each entry
 * validates its arguments with the same schemas as the case file and calls into core.
 */
export const handlers = {
  ...casesHandlers,
  ...calcHandlers,
  ...documentsHandlers,
  ...eventsHandlers,
  ...settingsHandlers,
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

/** Validates the arguments of one call and runs it. Unknown names and bad arguments are refused. */
export async function callApi(context: ApiContext, name: unknown, args: unknown): Promise<unknown> {
  if (!isApiName(name)) throw new ApiArgumentError(`unknown API call ${JSON.stringify(name)}`);
  const entry = handlers[name] as Handler<z.ZodType, unknown>;
  const parsed = entry.args.safeParse(args);
  if (!parsed.success)
    throw new ApiArgumentError(
      `${name}: ${parsed.error.issues.map((i) => `${formatJsonPath(i.path)}: ${i.message}`).join('; ')}`,
    );
  return entry.run(context, parsed.data);
}
