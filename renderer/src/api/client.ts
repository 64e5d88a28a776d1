import type { ApiArgs, ApiErrorPayload, ApiName, ApiResult, CasePackApi } from '../../../core/api/public-api.js';
import { bridgeToken } from './bridge-token.js';

declare global {
  interface Window {
    /** Set by the Electron preload; absent in a browser, where the web bridge answers instead. */
    casepack?: CasePackApi;
  }
}

/** An error from core, carried to the screen with its kind, its code and parameters, and its English message. */
export class ApiError extends Error {
  constructor(readonly payload: ApiErrorPayload) {
    super(payload.message);
    this.name = payload.name;
  }
}

/** Any failure of a call as the error payload the screens render (see `errorText`). */
export function errorPayload(failure: unknown): ApiErrorPayload {
  if (failure instanceof ApiError) return failure.payload;
  const { name, message, code, params, details } = (failure ?? {}) as Partial<ApiErrorPayload>;
  if (typeof message === 'string')
    return {
      name: name ?? 'Error',
      message,
      ...(typeof code === 'string' ? { code, params: params ?? {} } : {}),
      ...(Array.isArray(details) && { details }),
    };
  return { name: 'Error', message: String(failure) };
}

function webBridge(token: string): CasePackApi {
  return {
    async send<N extends ApiName>(name: N, args: ApiArgs<N>): Promise<ApiResult<N>> {
      let body: { ok: true; result: ApiResult<N> } | { ok: false; error: ApiErrorPayload };
      try {
        const response = await fetch('./api', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
          body: JSON.stringify({ name, args }),
        });
        body = (await response.json()) as typeof body;
      } catch (failure) {
        throw new ApiError({ name: 'Unreachable', message: String(failure), code: 'app-unreachable', params: {} });
      }
      if (!body.ok) throw new ApiError(body.error);
      return body.result;
    },
  };
}

/** The preload rejects with the error payload as plain data (custom fields of an Error do not cross the bridge). */
function electronBridge(preload: CasePackApi): CasePackApi {
  return {
    send: (name, args) =>
      preload.send(name, args).catch((failure: unknown) => {
        throw new ApiError(errorPayload(failure));
      }),
  };
}

export const api: CasePackApi = window.casepack ? electronBridge(window.casepack) : webBridge(bridgeToken());
