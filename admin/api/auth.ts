import { sessionResponseSchema, type LoginRequest, type SessionResponse } from '../../shared';
import type { ApiResult } from './api-error';
import { requestJson, requestWithoutBody } from './http';

export function signIn(credentials: LoginRequest): Promise<ApiResult<SessionResponse>> {
  return requestJson('/api/auth/login', sessionResponseSchema, {
    method: 'POST',
    body: credentials,
  });
}

/** The current session, or an `unauthorized` error when signed out. */
export function currentSession(signal?: AbortSignal): Promise<ApiResult<SessionResponse>> {
  return requestJson('/api/auth/me', sessionResponseSchema, { signal });
}

export function signOut(): Promise<ApiResult<null>> {
  return requestWithoutBody('/api/auth/logout', { method: 'POST' });
}
