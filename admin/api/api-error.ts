import { errorBodySchema } from '../../shared';

/**
 * Every way a call to the server can fail, as a value. Views never see an exception: they get
 * one of these and show it as a sentence (describe-error.ts).
 */
export type ApiErrorKind =
  | 'network'
  | 'aborted'
  | 'unauthorized'
  | 'forbidden'
  | 'notFound'
  | 'rateLimited'
  | 'invalid'
  | 'server'
  | 'unexpected';

export interface ApiError {
  kind: ApiErrorKind;
  /** HTTP status, or null when no response arrived. */
  status: number | null;
  /** The server's machine-readable code (`{ error: { code } }`), when it sent one. */
  code: string | null;
  /** The server's own sentence, when it sent one. */
  message: string | null;
  fields: Record<string, string[]>;
}

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };

function apiError(kind: ApiErrorKind, status: number | null = null): ApiError {
  return { kind, status, code: null, message: null, fields: {} };
}

export const networkError = (): ApiError => apiError('network');
export const abortedError = (): ApiError => apiError('aborted');
export const unexpectedResponseError = (status: number): ApiError => apiError('unexpected', status);

function kindOfStatus(status: number): ApiErrorKind {
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'notFound';
  if (status === 429) return 'rateLimited';
  if (status >= 500) return 'server';
  if (status >= 400) return 'invalid';
  return 'unexpected';
}

/** Turn a non-2xx response into an error value; the body is used only if it has the shared shape. */
export function apiErrorFromResponse(status: number, body: unknown): ApiError {
  const error = apiError(kindOfStatus(status), status);
  // A 5xx body is masked by the server and says nothing a person could act on.
  if (status >= 500) return error;
  const parsed = errorBodySchema.safeParse(body);
  if (!parsed.success) return error;
  const { code, message, fields } = parsed.data.error;
  return { ...error, code, message, fields: fields ?? {} };
}
