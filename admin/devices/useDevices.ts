import { useCallback, useEffect, useState } from 'react';
import type { DeviceStatus } from '../../shared';
import type { ApiError } from '../api/api-error';
import { listDevices } from '../api/devices';

export type DevicesState =
  | { status: 'loading' }
  | { status: 'ready'; devices: DeviceStatus[]; loadedAt: number }
  | { status: 'failed'; error: ApiError };

export function useDevices(
  storeId: string | null,
  onUnauthorized: () => void,
): { state: DevicesState; refresh: () => void } {
  const [state, setState] = useState<DevicesState>({ status: 'loading' });
  const [refreshCount, setRefreshCount] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    setState({ status: 'loading' });
    void listDevices(storeId, controller.signal).then((result) => {
      if (controller.signal.aborted) return;
      if (result.ok) {
        setState({ status: 'ready', devices: result.value, loadedAt: Date.now() });
        return;
      }
      if (result.error.kind === 'unauthorized') onUnauthorized();
      setState({ status: 'failed', error: result.error });
    });
    return () => controller.abort();
  }, [storeId, refreshCount, onUnauthorized]);

  const refresh = useCallback(() => setRefreshCount((count) => count + 1), []);
  return { state, refresh };
}
