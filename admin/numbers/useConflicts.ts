import type { ConflictStatus, NumberConflict } from '../../shared';
import { listConflicts } from '../api/numbers';
import { useRemote } from '../api/useRemote';

export function useConflicts(
  storeId: string | null,
  status: ConflictStatus | null,
  onUnauthorized: () => void,
) {
  return useRemote<NumberConflict[]>(
    `conflicts:${storeId ?? ''}:${status ?? ''}`,
    (signal) => listConflicts(storeId, status, signal),
    onUnauthorized,
  );
}
