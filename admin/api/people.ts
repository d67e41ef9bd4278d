import {
  auditResponseSchema,
  managedUserSchema,
  usersResponseSchema,
  type CreateUserRequest,
  type ManagedUser,
  type UpdateUserRequest,
} from '../../shared';
import type { ApiResult } from './api-error';
import { requestJson, requestWithoutBody } from './http';

/** Users the signed-in HQ or manager may see; null: every store they may see. */
export async function listUsers(
  storeId: string | null,
  signal?: AbortSignal,
): Promise<ApiResult<ManagedUser[]>> {
  const path = storeId ? `/api/users?storeId=${encodeURIComponent(storeId)}` : '/api/users';
  const result = await requestJson(path, usersResponseSchema, { signal });
  return result.ok ? { ok: true, value: result.value.users } : result;
}

export function createUser(user: CreateUserRequest): Promise<ApiResult<ManagedUser>> {
  return requestJson('/api/users', managedUserSchema, { method: 'POST', body: user });
}

export function updateUser(
  userId: string,
  patch: UpdateUserRequest,
): Promise<ApiResult<ManagedUser>> {
  return requestJson(`/api/users/${encodeURIComponent(userId)}`, managedUserSchema, {
    method: 'PATCH',
    body: patch,
  });
}

/** The signed-in user's own password; their other sessions end. */
export function changeOwnPassword(current: string, next: string): Promise<ApiResult<null>> {
  return requestWithoutBody('/api/auth/password', { method: 'POST', body: { current, next } });
}

export interface AuditPageQuery {
  storeId: string | null;
  /** The `next` of the previous page. */
  before: number | null;
  limit?: number;
}

/** One page of the audit log, newest first. */
export function listAudit(query: AuditPageQuery, signal?: AbortSignal) {
  const params = new URLSearchParams({ limit: String(query.limit ?? 50) });
  if (query.storeId) params.set('storeId', query.storeId);
  if (query.before !== null) params.set('before', String(query.before));
  return requestJson(`/api/audit?${params.toString()}`, auditResponseSchema, { signal });
}
