import { isClockOffsetSuspect } from '../../shared';

/**
 * A kiosk's clock offset (server time − kiosk time) as people say it: "+2 min 5 s" means the
 * kiosk's clock is behind by that much, "−800 ms" ahead. Null when never measured.
 */
export function formatClockOffset(offsetMs: number | null): string | null {
  if (offsetMs === null) return null;
  const sign = offsetMs < 0 ? '−' : '+';
  const ms = Math.abs(offsetMs);
  if (ms < 1000) return `${sign}${ms} ms`;
  const totalSeconds = Math.round(ms / 1000);
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = totalSeconds % 60;
  if (hours > 0) return `${sign}${hours} h ${minutes} min`;
  if (minutes > 0) return `${sign}${minutes} min ${seconds} s`;
  return `${sign}${seconds} s`;
}

export { isClockOffsetSuspect };
