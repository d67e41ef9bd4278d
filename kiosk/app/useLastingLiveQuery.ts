import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';

/** How often a lasting live query subscribes afresh. */
export const liveQueryRenewalMs = 10 * 60_000;

/**
 * `useLiveQuery` for a component that stays mounted as long as the page (the shell, the
 * attract loop). Dexie's live query notes every write to tables it does not read (outbox
 * entries, their deletion) until one it reads changes; over content that changes once a
 * release, it would keep every heartbeat and analytics event for good. Subscribing afresh
 * every few minutes drops the notes; the last answer stays on screen meanwhile.
 */
export function useLastingLiveQuery<T>(querier: () => Promise<T>): T | undefined {
  const [renewal, setRenewal] = useState(0);
  useEffect(() => {
    const timer = window.setInterval(() => setRenewal((count) => count + 1), liveQueryRenewalMs);
    return () => window.clearInterval(timer);
  }, []);
  return useLiveQuery(querier, [renewal]);
}
