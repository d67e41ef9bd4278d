import type { z } from 'zod';
import {
  abortedError,
  apiErrorFromResponse,
  networkError,
  unexpectedResponseError,
  type ApiResult,
} from './api-error';

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH';
  body?: unknown;
  /** Sent as is, with its own type (a media upload), instead of a JSON body. */
  file?: Blob;
  signal?: AbortSignal;
}

async function send(path: string, options: RequestOptions): Promise<ApiResult<Response>> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (options.file) headers['content-type'] = options.file.type;
  else if (options.body !== undefined) headers['content-type'] = 'application/json';
  try {
    const response = await fetch(path, {
      method: options.method ?? 'GET',
      credentials: 'same-origin',
      headers,
      body: options.file ?? (options.body === undefined ? undefined : JSON.stringify(options.body)),
      signal: options.signal,
    });
    return { ok: true, value: response };
  } catch {
    // fetch rejects only when no response arrived: offline, DNS, refused, or our own abort.
    if (options.signal?.aborted) return { ok: false, error: abortedError() };
    return { ok: false, error: networkError() };
  }
}

async function readJson(response: Response): Promise<unknown> {
  try {
    return await response.json();
  } catch {
    return undefined;
  }
}

/** Call the server and parse the answer with a shared schema; every failure is a value. */
export async function requestJson<S extends z.ZodType>(
  path: string,
  schema: S,
  options: RequestOptions = {},
): Promise<ApiResult<z.infer<S>>> {
  const sent = await send(path, options);
  if (!sent.ok) return sent;
  const response = sent.value;
  const body = await readJson(response);
  if (options.signal?.aborted) return { ok: false, error: abortedError() };
  if (!response.ok) return { ok: false, error: apiErrorFromResponse(response.status, body) };
  const parsed = schema.safeParse(body);
  if (!parsed.success) return { ok: false, error: unexpectedResponseError(response.status) };
  return { ok: true, value: parsed.data };
}

/** For calls whose answer has no body worth reading (e.g. sign-out). */
export async function requestWithoutBody(
  path: string,
  options: RequestOptions = {},
): Promise<ApiResult<null>> {
  const sent = await send(path, options);
  if (!sent.ok) return sent;
  const response = sent.value;
  if (response.ok) return { ok: true, value: null };
  return { ok: false, error: apiErrorFromResponse(response.status, await readJson(response)) };
}
