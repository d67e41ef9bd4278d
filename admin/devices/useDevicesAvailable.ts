import { useEffect, useState } from 'react';
import type { ApiErrorKind } from '../api/api-error';
import { listDevices } from '../api/devices';

// 404: the server has no devices endpoint (yet); 403: this role may not see the fleet.
const hiddenWhen = new Set<ApiErrorKind>(['notFound', 'forbidden', 'aborted']);

/**
 * Whether the navigation offers the devices page. Any other failure counts as "there", so a
 * real problem is shown on the page rather than hidden.
 */
export function useDevicesAvailable(signedIn: boolean): boolean {
  const [available, setAvailable] = useState(false);
  useEffect(() => {
    if (!signedIn) return;
    const controller = new AbortController();
    void listDevices(null, controller.signal).then((result) => {
      if (controller.signal.aborted) return;
      setAvailable(result.ok || !hiddenWhen.has(result.error.kind));
    });
    return () => controller.abort();
  }, [signedIn]);
  return signedIn && available;
}
