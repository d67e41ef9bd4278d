import { retryDelayMs } from '../../shared';

/** While the browser says it is online, a retry never waits longer than 10–15 s. */
export const onlineRetryCapMs = { min: 10_000, max: 15_000 } as const;

/**
 * Backoff with full jitter (shared `retryDelayMs`). While `navigator.onLine` is true a failure
 * is most likely the server restarting or a proxy hiccup, so the wait is capped at 10–15 s (still
 * jittered, so a fleet does not return in step) and a restarted server sees the kiosk soon;
 * offline, the full backoff applies and the browser's `online` event cuts it short.
 */
export function syncRetryDelayMs(
  attempt: number,
  browserOnline: boolean,
  random: () => number = Math.random,
): number {
  const delay = retryDelayMs(attempt, random);
  if (!browserOnline) return delay;
  const cap = onlineRetryCapMs.min + random() * (onlineRetryCapMs.max - onlineRetryCapMs.min);
  return Math.min(delay, Math.round(cap));
}
