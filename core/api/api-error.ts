import { CasePackError } from '../errors.js';

/** The arguments of an API call did not pass its schema: the message lists each field and what is wrong. */
export class ApiArgumentError extends CasePackError {
  override name = 'ApiArgumentError';
}

/** An error as it crosses IPC or HTTP: plain data, so the renderer can show it and tell the kinds apart. */
export interface ApiErrorPayload {
  name: string;
  message: string;
}

export function toErrorPayload(error: unknown): ApiErrorPayload {
  if (error instanceof CasePackError) return { name: error.name, message: error.message };
  return { name: 'InternalError', message: `CasePack failed unexpectedly: ${(error as Error)?.message ?? String(error)}` };
}
