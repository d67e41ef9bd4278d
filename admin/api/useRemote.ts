import { useCallback, useEffect, useState } from 'react';
import type { ApiError, ApiResult } from './api-error';

export type RemoteState<T> =
  | { status: 'loading' }
  | { status: 'ready'; value: T; loadedAt: number }
  | { status: 'failed'; error: ApiError };

/**
 * Loads `load` whenever `key` changes or `refresh` is called; a newer load aborts an older one,
 * so a slow answer never overwrites a newer one. A 401 ends the session (`onUnauthorized`).
 */
export function useRemote<T>(
  key: string,
  load: (signal: AbortSignal) => Promise<ApiResult<T>>,
  onUnauthorized: () => void,
): { state: RemoteState<T>; refresh: () => void } {
  const [state, setState] = useState<RemoteState<T>>({ status: 'loading' });
  const [refreshCount, setRefreshCount] = useState(0);
  // `load` is a new closure on every render; `key` says when what it loads has changed.
  const [loader] = useState(() => ({ current: load }));
  loader.current = load;

  useEffect(() => {
    const controller = new AbortController();
    setState({ status: 'loading' });
    void loader.current(controller.signal).then((result) => {
      if (controller.signal.aborted) return;
      if (result.ok) {
        setState({ status: 'ready', value: result.value, loadedAt: Date.now() });
        return;
      }
      if (result.error.kind === 'unauthorized') onUnauthorized();
      setState({ status: 'failed', error: result.error });
    });
    return () => controller.abort();
  }, [key, refreshCount, onUnauthorized, loader]);

  const refresh = useCallback(() => setRefreshCount((count) => count + 1), []);
  return { state, refresh };
}
