import {
  catalogueSchema,
  mediaFileSchema,
  mediaListResponseSchema,
  type MediaFile,
  contentVersionsResponseSchema,
  publishVersionResponseSchema,
  rollbackResponseSchema,
  type Catalogue,
  type ContentVersionSummary,
  type PublishVersionRequest,
  type PublishVersionResponse,
  type RollbackResponse,
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

/** Publishes, now, what that version showed (409 nothing_to_restore / restore_failed). */
export function restoreContentVersion(
  versionId: string,
  note?: string,
): Promise<ApiResult<RollbackResponse>> {
  return requestJson(
    `/api/content/versions/${encodeURIComponent(versionId)}/rollback`,
    rollbackResponseSchema,
    { method: 'POST', body: note ? { note } : {} },
  );
}

/** Every `/media/` file the server has, with the experiences that show it. */
export async function listMedia(signal?: AbortSignal): Promise<ApiResult<MediaFile[]>> {
  const result = await requestJson('/api/content/media', mediaListResponseSchema, { signal });
  return result.ok ? { ok: true, value: result.value.files } : result;
}

/** Adds a new file (409 media_exists when the name is taken: choose another). */
export function uploadMedia(name: string, file: Blob): Promise<ApiResult<MediaFile>> {
  return requestJson(`/api/content/media/${encodeURIComponent(name)}`, mediaFileSchema, {
    method: 'PUT',
    file,
  });
}
