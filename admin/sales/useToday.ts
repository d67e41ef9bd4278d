import { useEffect, useState } from 'react';
import type { TodayReport } from '../../shared';
import type { ApiError } from '../api/api-error';
import { loadToday } from '../api/reports';

/** Kiosks sync every few seconds; ten keeps the strip current without loading the server. */
export const todayRefreshMs = 10_000;

export interface TodayState {
  report: TodayReport | null;
  /** The last poll's failure; the previous figures stay on screen meanwhile. */
  error: ApiError | null;
}

/**
 * Polls today's figures while the page is open and the tab visible. A failed poll keeps the
 * last figures and says so, rather than blanking the strip.
 */
export function useToday(storeId: string | null, onUnauthorized: () => void): TodayState {
  const [state, setState] = useState<TodayState>({ report: null, error: null });

  useEffect(() => {
    let controller = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    setState({ report: null, error: null });
    const poll = async () => {
      controller = new AbortController();
      const result = await loadToday(storeId, controller.signal);
      if (stopped) return;
      if (result.ok) setState({ report: result.value, error: null });
      else if (result.error.kind === 'unauthorized') return onUnauthorized();
      else if (result.error.kind !== 'aborted') setState((s) => ({ ...s, error: result.error }));
      timer = setTimeout(() => void poll(), todayRefreshMs);
    };
    const onVisible = () => {
      if (document.visibilityState !== 'visible' || stopped) return;
      clearTimeout(timer);
      void poll();
    };
    void poll();
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      stopped = true;
      clearTimeout(timer);
      controller.abort();
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [storeId, onUnauthorized]);

  return state;
}
