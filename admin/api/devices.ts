import { devicesResponseSchema, type DeviceStatus } from '../../shared';
import type { ApiResult } from './api-error';
import { requestJson } from './http';

/** Kiosks with their last heartbeat; null: every store the user may see. */
export async function listDevices(
  storeId: string | null,
  signal?: AbortSignal,
): Promise<ApiResult<DeviceStatus[]>> {
  const path = storeId ? `/api/devices?storeId=${encodeURIComponent(storeId)}` : '/api/devices';
  const result = await requestJson(path, devicesResponseSchema, { signal });
  return result.ok ? { ok: true, value: result.value.devices } : result;
}
