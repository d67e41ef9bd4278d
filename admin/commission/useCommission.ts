import { fetchStatement, fetchSummary, listClosedPeriods, listDisputes } from '../api/commission';
import { useRemote } from '../api/useRemote';

/**
 * The page's reads. `revision` moves after a dispute is raised or answered or a month is
 * closed, so every read that shows it loads again.
 */
export function useStatement(
  period: string,
  clerkId: string | null,
  revision: number,
  onUnauthorized: () => void,
) {
  return useRemote(
    `${period}|${clerkId ?? 'self'}|${revision}`,
    (signal) => fetchStatement(period, clerkId, signal),
    onUnauthorized,
  );
}

export function useSummary(
  period: string,
  storeId: string,
  revision: number,
  onUnauthorized: () => void,
) {
  return useRemote(
    `${period}|${storeId}|${revision}`,
    (signal) => fetchSummary(period, storeId, signal),
    onUnauthorized,
  );
}

export function useDisputes(storeId: string | null, revision: number, onUnauthorized: () => void) {
  return useRemote(
    `${storeId ?? 'all'}|${revision}`,
    (signal) => listDisputes({ storeId }, signal),
    onUnauthorized,
  );
}

export function useClosedPeriods(revision: number, onUnauthorized: () => void) {
  return useRemote(`${revision}`, (signal) => listClosedPeriods(signal), onUnauthorized);
}
