import { useEffect, useState } from 'react';
import type { DeviceMutation } from '../../shared';
import type { ApiError } from '../api/api-error';
import { listDeviceMutations } from '../api/devices';

export type DeviceMutationsState =
  | { status: 'loading' }
  | { status: 'ready'; mutations: DeviceMutation[] }
  | { status: 'failed'; error: ApiError };

/** The refused mutations of one kiosk, loaded when its drill-down opens. */
export function useDeviceMutations(
  deviceId: string,
  onUnauthorized: () => void,
): DeviceMutationsState {
  const [state, setState] = useState<DeviceMutationsState>({ status: 'loading' });
  useEffect(() => {
    const controller = new AbortController();
    setState({ status: 'loading' });
    void listDeviceMutations(deviceId, controller.signal).then((result) => {
      if (controller.signal.aborted) return;
      if (result.ok) {
        setState({ status: 'ready', mutations: result.value });
        return;
      }
      if (result.error.kind === 'unauthorized') onUnauthorized();
      setState({ status: 'failed', error: result.error });
    });
    return () => controller.abort();
  }, [deviceId, onUnauthorized]);
  return state;
}
