import { describe, expect, it } from 'vitest';
import { deviceHealth, onlineWithinMs } from '../../admin/devices/device-health';
import { formatBytes, formatStorageUse } from '../../admin/devices/storage-format';

describe('deviceHealth', () => {
  const now = 1_800_000_000_000;

  it('calls a kiosk heard from within the window online, and one silent longer offline', () => {
    expect(deviceHealth({ revokedAt: null, lastSeenAt: now - onlineWithinMs }, now)).toBe('online');
    expect(deviceHealth({ revokedAt: null, lastSeenAt: now - onlineWithinMs - 1 }, now)).toBe(
      'stale',
    );
  });

  it('tells a kiosk that never connected from one that went quiet', () => {
    expect(deviceHealth({ revokedAt: null, lastSeenAt: null }, now)).toBe('never');
  });

  it('shows a revoked kiosk as revoked even if it was seen a moment ago', () => {
    expect(deviceHealth({ revokedAt: now - 5, lastSeenAt: now - 1 }, now)).toBe('revoked');
  });
});

describe('storage formatting', () => {
  it.each([
    [0, '0 B'],
    [1023, '1023 B'],
    [1536, '1.5 KB'],
    [50 * 1024 * 1024, '50 MB'],
    [2.25 * 1024 ** 3, '2.3 GB'],
  ])('formats %i bytes as %s', (bytes, text) => {
    expect(formatBytes(bytes)).toBe(text);
  });

  it('gives use, quota and the share used', () => {
    expect(formatStorageUse(512 * 1024 ** 2, 2 * 1024 ** 3)).toBe('512 MB / 2.0 GB (25%)');
  });

  it('shows only the use when the quota is unknown, and nothing when neither was reported', () => {
    expect(formatStorageUse(2048, null)).toBe('2.0 KB');
    expect(formatStorageUse(null, null)).toBeNull();
  });
});
