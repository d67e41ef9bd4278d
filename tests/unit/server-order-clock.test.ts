import { describe, expect, it } from 'vitest';
import { clockRules, correctOrderTime, isClockOffsetSuspect } from '../../shared';
import { maskDigitRuns } from '../../server/sync/applied-mutations-repo';

const receivedAt = 1_800_000_000_000;
const minute = 60_000;
const day = 24 * 60 * minute;

describe('correctOrderTime', () => {
  it.each([
    ['a right clock', receivedAt - 5 * minute, 300, receivedAt - 5 * minute + 300, null],
    ['a slow clock within limits', receivedAt - 4 * minute, 3 * minute, receivedAt - minute, null],
    [
      'a clock 20 minutes slow',
      receivedAt - 21 * minute,
      20 * minute,
      receivedAt - minute,
      'clock_offset',
    ],
    [
      'a clock 20 minutes fast',
      receivedAt + 19 * minute,
      -20 * minute,
      receivedAt - minute,
      'clock_offset',
    ],
    ['no offset known', receivedAt - 2 * minute, null, receivedAt - 2 * minute, null],
    ['a week offline', receivedAt - 7 * day, 0, receivedAt - 7 * day, null],
    ['31 days before arrival', receivedAt - 31 * day, 0, receivedAt - 31 * day, 'distant_past'],
    ['dated after its arrival', receivedAt + 2 * minute, 0, receivedAt, 'future'],
    ['inside the latency allowance', receivedAt + 30_000, 0, receivedAt, null],
  ] as const)('dates an order from %s', (_name, deviceTime, offsetMs, correctedAt, suspicion) => {
    expect(correctOrderTime({ deviceTime, offsetMs, receivedAt })).toEqual({
      correctedAt,
      suspicion,
    });
  });

  it('prefers the worse problem: a future date over a large offset', () => {
    const result = correctOrderTime({ deviceTime: receivedAt, offsetMs: 10 * minute, receivedAt });
    expect(result.suspicion).toBe('future');
  });

  it('never dates an order before 1970', () => {
    expect(
      correctOrderTime({ deviceTime: 1_000, offsetMs: -5_000, receivedAt: 10_000 }).correctedAt,
    ).toBe(0);
  });

  it('calls an offset suspect only beyond five minutes either way', () => {
    expect(isClockOffsetSuspect(clockRules.maxOffsetMs)).toBe(false);
    expect(isClockOffsetSuspect(clockRules.maxOffsetMs + 1)).toBe(true);
    expect(isClockOffsetSuspect(-clockRules.maxOffsetMs - 1)).toBe(true);
    expect(isClockOffsetSuspect(null)).toBe(false);
  });
});

describe('maskDigitRuns', () => {
  it.each([
    ['Unknown mutation type "note.13912345678"', 'Unknown mutation type "note.139******78"'],
    ['id 11010519491231002X here', 'id 110*************2X here'],
    ['price_changed', 'price_changed'],
    ['lines.0.unitFen: too big 12345', 'lines.0.unitFen: too big 12345'],
  ])('masks %j', (text, masked) => {
    expect(maskDigitRuns(text)).toBe(masked);
  });
});
