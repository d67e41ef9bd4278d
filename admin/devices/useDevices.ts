import type { DeviceStatus } from '../../shared';
import { listDevices } from '../api/devices';
import { useRemote, type RemoteState } from '../api/useRemote';

export type DevicesState = RemoteState<DeviceStatus[]>;

export function useDevices(storeId: string | null, onUnauthorized: () => void) {
  return useRemote(
    `devices:${storeId ?? ''}`,
    (signal) => listDevices(storeId, signal),
    onUnauthorized,
  );
}
