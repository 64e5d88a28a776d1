import { CasePackError, type ErrorParams } from '../errors.js';

/** The arguments of an API call did not pass its schema: the message lists each field and what is wrong. */
export class ApiArgumentError extends CasePackError {
  override name = 'ApiArgumentError';
  readonly code = 'invalid-input';
  constructor(
    message: string,
    /** The fields refused (`firm.name`); the UI names them with its own labels, never the JSON path. */
    readonly fields: readonly string[] = [],
  ) {
    super(message);
  }

  get params() {
    return { fields: this.fields.join(',') };
  }
}

/** An error as it crosses IPC or HTTP: plain data, so the renderer can show it and tell the kinds apart. */
export interface ApiErrorPayload {
  name: string;
  /** English, for logs and for an error the UI has no sentence of its own for. */
  message: string;
  /** Set where the UI renders the error itself, in its language, from `params`. */
  code?: string;
  params?: ErrorParams;
  /** One code and parameters per problem where the error names several (every bad exhibit of a bundle). */
  details?: { code: string; params: ErrorParams }[];
}

export function toErrorPayload(error: unknown): ApiErrorPayload {
  if (error instanceof CasePackError) return { name: error.name, message: error.message, ...codeOf(error) };
  return { name: 'InternalError', message: `CasePack failed unexpectedly: ${(error as Error)?.message ?? String(error)}` };
}

/** The error's `code` and `params`, where it has them: its subclasses declare them with narrower types. */
function codeOf(error: CasePackError): Pick<ApiErrorPayload, 'code' | 'params' | 'details'> {
  const { code, params, details } = error as { code?: unknown; params?: unknown; details?: unknown };
  if (typeof code !== 'string') return {};
  return {
    code,
    params: typeof params === 'object' && params !== null ? (params as ErrorParams) : {},
    ...(Array.isArray(details) && { details: details as ApiErrorPayload['details'] }),
  };
}
