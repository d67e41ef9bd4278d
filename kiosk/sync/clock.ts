import type { ClockEstimate } from '../db';

/**
 * This kiosk's clock against the server's, from one push: the server stamped `serverTime`
 * somewhere between our send and our receipt, so the midpoint is our best guess of the same
 * moment on our clock (NTP's reasoning, one sample). Recorded for the fleet view and for
 * diagnosis, never shown to customers; the server keeps its own estimate from `sentAt`.
 */
export function estimateClock(sample: {
  sentAt: number;
  receivedAt: number;
  serverTime: number;
}): ClockEstimate {
  const roundTripMs = Math.max(0, sample.receivedAt - sample.sentAt);
  const midpoint = sample.sentAt + roundTripMs / 2;
  return {
    offsetMs: Math.round(sample.serverTime - midpoint),
    roundTripMs: Math.round(roundTripMs),
    measuredAt: sample.receivedAt,
  };
}
