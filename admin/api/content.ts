import {
  catalogueSchema,
  contentVersionsResponseSchema,
  publishVersionResponseSchema,
  type Catalogue,
  type ContentVersionSummary,
  type PublishVersionRequest,
  type PublishVersionResponse,
} from '../../shared';
import type { ApiResult } from './api-error';
import { requestJson } from './http';

/** The content every store is offered now, for HQ to edit. */
export function getCatalogue(signal?: AbortSignal): Promise<ApiResult<Catalogue>> {
  return requestJson('/api/content/catalogue', catalogueSchema, { signal });
}

export async function listContentVersions(
  signal?: AbortSignal,
): Promise<ApiResult<ContentVersionSummary[]>> {
  const result = await requestJson(
    '/api/content/versions?limit=100',
    contentVersionsResponseSchema,
    {
      signal,
    },
  );
  return result.ok ? { ok: true, value: result.value.versions } : result;
}

export function publishContentVersion(
  request: PublishVersionRequest,
): Promise<ApiResult<PublishVersionResponse>> {
  return requestJson('/api/content/versions', publishVersionResponseSchema, {
    method: 'POST',
    body: request,
  });
}

/** Publishes, now, what that version showed (409 nothing_to_restore / version_store_scoped). */
export function restoreContentVersion(
  versionId: string,
  note?: string,
): Promise<ApiResult<PublishVersionResponse>> {
  return requestJson(
    `/api/content/versions/${encodeURIComponent(versionId)}/rollback`,
    publishVersionResponseSchema,
    { method: 'POST', body: note ? { note } : {} },
  );
}
