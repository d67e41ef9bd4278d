import { useCallback, useEffect, useState } from 'react';
import type { AuditEntry } from '../../shared';
import type { ApiError } from '../api/api-error';
import { listAudit } from '../api/people';

export interface AuditLogState {
  entries: AuditEntry[];
  /** `before` of the next page; null once the oldest entry is shown. */
  next: number | null;
  status: 'loading' | 'ready' | 'failed';
  error: ApiError | null;
}

const initial: AuditLogState = { entries: [], next: null, status: 'loading', error: null };

/** The audit log of a store (null: all the user may see), newest first, a page at a time. */
export function useAuditLog(storeId: string | null, onUnauthorized: () => void) {
  const [state, setState] = useState<AuditLogState>(initial);
  const [reload, setReload] = useState(0);

  const load = useCallback(
    async (before: number | null, signal?: AbortSignal) => {
      setState((previous) => ({ ...previous, status: 'loading', error: null }));
      const result = await listAudit({ storeId, before }, signal);
      if (signal?.aborted) return;
      if (!result.ok) {
        if (result.error.kind === 'unauthorized') onUnauthorized();
        setState((previous) => ({ ...previous, status: 'failed', error: result.error }));
        return;
      }
      setState((previous) => ({
        entries:
          before === null ? result.value.entries : [...previous.entries, ...result.value.entries],
        next: result.value.next,
        status: 'ready',
        error: null,
      }));
    },
    [storeId, onUnauthorized],
  );

  useEffect(() => {
    const controller = new AbortController();
    setState(initial);
    void load(null, controller.signal);
    return () => controller.abort();
  }, [load, reload]);

  const loadMore = () => {
    if (state.next !== null) void load(state.next);
  };
  const refresh = () => setReload((count) => count + 1);
  return { state, loadMore, refresh };
}
