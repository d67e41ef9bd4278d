import type { Device } from '../../shared';

/**
 * A kiosk sends a heartbeat through its outbox every few minutes while online; one silent for
 * longer than this is shown as offline (it may still be selling: orders wait in its outbox).
 */
export const onlineWithinMs = 10 * 60 * 1000;

export type DeviceHealth = 'online' | 'stale' | 'never' | 'revoked';

export function deviceHealth(
  device: Pick<Device, 'revokedAt' | 'lastSeenAt'>,
  now: number,
): DeviceHealth {
  if (device.revokedAt !== null) return 'revoked';
  if (device.lastSeenAt === null) return 'never';
  return now - device.lastSeenAt <= onlineWithinMs ? 'online' : 'stale';
}
