import { z } from 'zod';
import {
  changeSchema,
  demoEnrolmentResponseSchema,
  enrolResponseSchema,
  errorBodySchema,
  numberHoldSchema,
  pullResponseSchema,
  pushResponseSchema,
  type EnrolResponse,
  type NumberHold,
  type PullResponse,
  type PushRequest,
  type PushResponse,
} from '../../shared';
import { restoreRows } from '../restore';

/**
 * The only code of the kiosk that talks to the server. Every answer passes the shared zod
 * schema before anyone else sees it; every failure becomes an ApiError with a kind the sync
 * machine can decide on (retry, re-enrol, give up until the next pass).
 */

export type ApiErrorKind =
  | 'network' // no answer at all: offline, server down, timeout
  | 'server' // 5xx: try again later
  | 'unauthorized' // 401: the device token is gone or revoked
  | 'notFound' // 404: e.g. demo enrolment is not offered
  | 'client' // any other 4xx: our request is wrong, retrying will not help
  | 'invalidResponse'; // an answer that does not match the contract

export class ApiError extends Error {
  constructor(
    readonly kind: ApiErrorKind,
    message: string,
    readonly status: number | null = null,
    /** The server's error code (`{ error: { code } }`), e.g. `numberHeld`, when it sent one. */
    readonly code: string | null = null,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

export function isRetryable(error: unknown): boolean {
  return !isApiError(error) || error.kind === 'network' || error.kind === 'server';
}

export interface KioskApiOptions {
  baseUrl?: string;
  fetch?: typeof fetch;
  timeoutMs?: number;
}

export interface KioskApi {
  demoEnrolment(): Promise<{ code: string; expiresAt: number }>;
  enrol(code: string, label?: string): Promise<EnrolResponse>;
  pull(token: string, since: number, limit: number, signal?: AbortSignal): Promise<PullResponse>;
  push(token: string, request: PushRequest, signal?: AbortSignal): Promise<PushResponse>;
  /** Takes or renews this kiosk's lease on a number of its store (409 when it cannot). */
  holdNumber(token: string, number: string, signal?: AbortSignal): Promise<NumberHold>;
  /** Lets go of this kiosk's lease; answers the same when there was none. */
  releaseNumber(token: string, number: string, signal?: AbortSignal): Promise<void>;
}

/** The page envelope is strict; each change is restored on its own so one bad change is skipped. */
const pullPageSchema = pullResponseSchema.extend({ changes: z.array(z.unknown()) });

function kindOfStatus(status: number): ApiErrorKind {
  if (status === 401) return 'unauthorized';
  if (status === 404) return 'notFound';
  if (status >= 500) return 'server';
  return 'client';
}

export function createKioskApi(options: KioskApiOptions = {}): KioskApi {
  const baseUrl = options.baseUrl ?? '';
  const timeoutMs = options.timeoutMs ?? 20_000;
  const fetchImpl = options.fetch ?? ((...args: Parameters<typeof fetch>) => fetch(...args));

  async function request<S extends z.ZodType>(
    path: string,
    schema: S,
    init: {
      method: 'GET' | 'POST' | 'DELETE';
      body?: string;
      token?: string;
      signal?: AbortSignal;
    },
  ): Promise<z.infer<S>> {
    const headers = new Headers();
    headers.set('accept', 'application/json');
    if (init.token) headers.set('authorization', `Bearer ${init.token}`);
    if (init.body) headers.set('content-type', 'application/json');
    // Abortable: the sync machine stops a request when it leaves the state that made it.
    const timeout = AbortSignal.timeout(timeoutMs);
    const signal = init.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
    let response: Response;
    try {
      response = await fetchImpl(`${baseUrl}${path}`, {
        method: init.method,
        body: init.body,
        headers,
        cache: 'no-store',
        signal,
      });
    } catch (error) {
      throw new ApiError('network', `No answer from ${path}: ${String(error)}`);
    }
    let body: unknown = null;
    try {
      body = await response.json();
    } catch {
      body = null;
    }
    if (!response.ok) {
      const parsedError = errorBodySchema.safeParse(body);
      const message = parsedError.success
        ? `${parsedError.data.error.code}: ${parsedError.data.error.message}`
        : `HTTP ${response.status}`;
      throw new ApiError(
        kindOfStatus(response.status),
        message,
        response.status,
        parsedError.success ? parsedError.data.error.code : null,
      );
    }
    const parsed = schema.safeParse(body);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new ApiError(
        'invalidResponse',
        `Unexpected answer from ${path} at ${issue?.path.join('.') || 'body'}: ${issue?.message}`,
        response.status,
      );
    }
    return parsed.data;
  }

  return {
    demoEnrolment: () =>
      request('/api/devices/demo-enrolment', demoEnrolmentResponseSchema, { method: 'GET' }),
    enrol: (code, label) =>
      request('/api/devices/enrol', enrolResponseSchema, {
        method: 'POST',
        body: JSON.stringify(label ? { code, label } : { code }),
      }),
    pull: async (token, since, limit, signal) => {
      const page = await request(`/api/sync/pull?since=${since}&limit=${limit}`, pullPageSchema, {
        method: 'GET',
        token,
        signal,
      });
      return { ...page, changes: restoreRows(changeSchema, page.changes, 'change') };
    },
    push: (token, body, signal) =>
      request('/api/sync/push', pushResponseSchema, {
        method: 'POST',
        token,
        body: JSON.stringify(body),
        signal,
      }),
    holdNumber: (token, number, signal) =>
      request(`/api/numbers/${encodeURIComponent(number)}/hold`, numberHoldSchema, {
        method: 'POST',
        token,
        signal,
      }),
    releaseNumber: async (token, number, signal) => {
      // 204: no body to read; any answer that is not an error will do.
      await request(`/api/numbers/${encodeURIComponent(number)}/hold`, z.unknown(), {
        method: 'DELETE',
        token,
        signal,
      });
    },
  };
}
