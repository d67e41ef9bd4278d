import { storesResponseSchema, type Store } from '../../shared';
import type { ApiResult } from './api-error';
import { requestJson } from './http';

/** The stores the signed-in user may see (the server scopes the list). */
export async function listStores(signal?: AbortSignal): Promise<ApiResult<Store[]>> {
  const result = await requestJson('/api/stores', storesResponseSchema, { signal });
  return result.ok ? { ok: true, value: result.value.stores } : result;
}
