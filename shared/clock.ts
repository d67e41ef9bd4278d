import { z } from 'zod';

/**
 * How the server dates an order a kiosk captured: the kiosk's clock corrected by the offset
 * the server estimated at that sync (server receive time − the kiosk's `sentAt`), and whether
 * the result can be trusted.
 */
export const clockRules = {
  /** A kiosk clock further off than this is wrong, not just drifting. */
  maxOffsetMs: 5 * 60_000,
  /** An order dated this long before it arrived is implausible, even for an offline kiosk. */
  maxAgeMs: 30 * 86_400_000,
  /** Room for network latency in the offset estimate before "after receipt" counts as future. */
  futureToleranceMs: 60_000,
} as const;

export const clockSuspicionSchema = z.enum(['future', 'distant_past', 'clock_offset']);
export type ClockSuspicion = z.infer<typeof clockSuspicionSchema>;

export function isClockOffsetSuspect(offsetMs: number | null): boolean {
  return offsetMs !== null && Math.abs(offsetMs) > clockRules.maxOffsetMs;
}

/**
 * The order's time on the server's clock, never after it arrived (nor before 1970), and why it
 * is suspect, if it is. An unknown offset leaves the device time as it is.
 */
export function correctOrderTime(order: {
  deviceTime: number;
  offsetMs: number | null;
  receivedAt: number;
}): { correctedAt: number; suspicion: ClockSuspicion | null } {
  const corrected = order.deviceTime + (order.offsetMs ?? 0);
  const correctedAt = Math.max(0, Math.min(corrected, order.receivedAt));
  let suspicion: ClockSuspicion | null = null;
  if (corrected > order.receivedAt + clockRules.futureToleranceMs) suspicion = 'future';
  else if (corrected < order.receivedAt - clockRules.maxAgeMs) suspicion = 'distant_past';
  else if (isClockOffsetSuspect(order.offsetMs)) suspicion = 'clock_offset';
  return { correctedAt, suspicion };
}
