import {
  deviceMutationsResponseSchema,
  devicesResponseSchema,
  enrolmentCodeResponseSchema,
  type DeviceMutation,
  type EnrolmentCodeResponse,
  type DeviceStatus,
} from '../../shared';
import type { ApiResult } from './api-error';
import { requestJson, requestWithoutBody } from './http';

/** Kiosks with their last heartbeat; null: every store the user may see. */
export async function listDevices(
  storeId: string | null,
  signal?: AbortSignal,
): Promise<ApiResult<DeviceStatus[]>> {
  const path = storeId ? `/api/devices?storeId=${encodeURIComponent(storeId)}` : '/api/devices';
  const result = await requestJson(path, devicesResponseSchema, { signal });
  return result.ok ? { ok: true, value: result.value.devices } : result;
}

/** A kiosk's mutations the server refused (rejected / conflict), newest first, reasons masked. */
export async function listDeviceMutations(
  deviceId: string,
  signal?: AbortSignal,
): Promise<ApiResult<DeviceMutation[]>> {
  const path = `/api/devices/${encodeURIComponent(deviceId)}/mutations?limit=200`;
  const result = await requestJson(path, deviceMutationsResponseSchema, { signal });
  return result.ok ? { ok: true, value: result.value.mutations } : result;
}

/** A one-time code a kiosk of that store types on its enrolment screen. */
export function createEnrolmentCode(storeId: string): Promise<ApiResult<EnrolmentCodeResponse>> {
  return requestJson('/api/devices/enrolment-codes', enrolmentCodeResponseSchema, {
    method: 'POST',
    body: { storeId },
  });
}

/** The kiosk's token stops working at once (409 already_revoked). */
export function revokeDevice(deviceId: string, reason: string): Promise<ApiResult<null>> {
  return requestWithoutBody(`/api/devices/${encodeURIComponent(deviceId)}/revoke`, {
    method: 'POST',
    body: { reason },
  });
}
