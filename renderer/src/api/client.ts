import type { ApiArgs, ApiErrorPayload, ApiName, ApiResult, CasePackApi } from '../../../core/api/public-api.js';
import { bridgeToken } from './bridge-token.js';

declare global {
  interface Window {
    /** Set by the Electron preload; absent in a browser, where the web bridge answers instead. */
    casepack?: CasePackApi;
  }
}

/** An error from core, carried to the screen with its kind and its message naming the file or field. */
export class ApiError extends Error {
  constructor(readonly payload: ApiErrorPayload) {
    super(payload.message);
    this.name = payload.name;
  }
}

function webBridge(token: string): CasePackApi {
  return {
    async send<N extends ApiName>(name: N, args: ApiArgs<N>): Promise<ApiResult<N>> {
      const response = await fetch('./api', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
        body: JSON.stringify({ name, args }),
      });
      const body = (await response.json()) as { ok: true; result: ApiResult<N> } | { ok: false; error: ApiErrorPayload };
      if (!body.ok) throw new ApiError(body.error);
      return body.result;
    },
  };
}

export const api: CasePackApi = window.casepack ?? webBridge(bridgeToken());
