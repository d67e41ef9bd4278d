import { describe, expect, it } from 'vitest';
import { formatClockOffset, isClockOffsetSuspect } from '../../admin/devices/clock-format';
import { storageAlerts } from '../../admin/devices/storage-format';

const gib = 1024 ** 3;

describe('storageAlerts', () => {
  it.each([
    ['well within quota', 1 * gib, 2 * gib, true, []],
    ['exactly 90%', 0.9 * gib, gib, true, []],
    ['over 90%', 0.95 * gib, gib, true, ['nearlyFull']],
    ['not persistent', 10, gib, false, ['notPersisted']],
    ['both', 0.99 * gib, gib, false, ['nearlyFull', 'notPersisted']],
    ['nothing reported', null, null, null, []],
    ['a zero quota', 10, 0, true, []],
  ] as const)('%s', (_name, usage, quota, persisted, alerts) => {
    expect(storageAlerts(usage, quota, persisted)).toEqual(alerts);
  });
});

describe('formatClockOffset', () => {
  it.each([
    [null, null],
    [0, '+0 ms'],
    [-800, '−800 ms'],
    [42_000, '+42 s'],
    [125_000, '+2 min 5 s'],
    [-(3 * 3600_000 + 4 * 60_000), '−3 h 4 min'],
  ])('shows %j as %j', (offset, text) => {
    expect(formatClockOffset(offset)).toBe(text);
  });

  it('warns about an offset beyond five minutes only', () => {
    expect(isClockOffsetSuspect(5 * 60_000)).toBe(false);
    expect(isClockOffsetSuspect(-(5 * 60_000 + 1))).toBe(true);
  });
});
