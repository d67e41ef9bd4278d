import { useEffect, useState } from 'react';
import type { Store } from '../../shared';
import type { ApiError } from '../api/api-error';
import { listStores } from '../api/stores';

export type StoresState =
  | { status: 'loading' }
  | { status: 'ready'; stores: Store[] }
  | { status: 'failed'; error: ApiError };

/** The stores the signed-in user may see, read once per sign-in. */
export function useStores(onUnauthorized: () => void): StoresState {
  const [state, setState] = useState<StoresState>({ status: 'loading' });
  useEffect(() => {
    const controller = new AbortController();
    void listStores(controller.signal).then((result) => {
      if (controller.signal.aborted) return;
      if (result.ok) {
        setState({ status: 'ready', stores: result.value });
        return;
      }
      if (result.error.kind === 'unauthorized') onUnauthorized();
      setState({ status: 'failed', error: result.error });
    });
    return () => controller.abort();
  }, [onUnauthorized]);
  return state;
}
