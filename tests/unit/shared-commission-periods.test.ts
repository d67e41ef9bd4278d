import { describe, expect, it } from 'vitest';
import {
  replayedPeriodOf,
  carriedFromOf,
  commissionPeriodParamsSchema,
  ledgerPeriodOf,
  periodHasEnded,
} from '../../shared';

describe('when a month has ended, in Beijing time', () => {
  it.each([
    // 30 November 16:00 UTC is 1 December 00:00 in Beijing: November has just ended.
    ['2026-11', Date.UTC(2026, 10, 30, 16), true],
    ['2026-11', Date.UTC(2026, 10, 30, 16) - 1, false],
    ['2026-11', Date.UTC(2026, 10, 15), false],
    ['2026-12', Date.UTC(2027, 0, 5), true],
    ['2027-01', Date.UTC(2026, 11, 31, 23), false],
  ])('%s at %i: %s', (period, now, ended) => {
    expect(periodHasEnded(period, now)).toBe(ended);
  });
});

describe('the month a new ledger line counts in', () => {
  const december = Date.UTC(2026, 11, 10, 4);
  it.each([
    ['an open month keeps its order’s line', '2026-11', new Set<string>(), '2026-11'],
    ['another month closed changes nothing', '2026-11', new Set(['2026-10']), '2026-11'],
    ['a closed month sends it to the line’s own month', '2026-11', new Set(['2026-11']), '2026-12'],
    [
      'a month closed long ago too',
      '2026-03',
      new Set(['2026-03', '2026-04', '2026-11']),
      '2026-12',
    ],
  ])('%s', (_name, orderPeriod, closed, expected) => {
    expect(ledgerPeriodOf(orderPeriod, december, closed)).toBe(expected);
  });

  it('takes the line’s month in Beijing time, past midnight UTC+8', () => {
    // 31 December 16:30 UTC is already 1 January in Beijing.
    expect(ledgerPeriodOf('2026-11', Date.UTC(2026, 11, 31, 16, 30), new Set(['2026-11']))).toBe(
      '2027-01',
    );
  });
});

describe('a line carried over from an earlier month', () => {
  it.each([
    ['2026-12', Date.UTC(2026, 10, 20), '2026-11'],
    ['2026-12', Date.UTC(2026, 11, 2), null],
    // 30 November 17:00 UTC is 1 December in Beijing: a December sale.
    ['2026-12', Date.UTC(2026, 10, 30, 17), null],
  ])('in %s, of an order at %i: %s', (period, orderAt, carriedFrom) => {
    expect(carriedFromOf(period, orderAt)).toBe(carriedFrom);
  });
});

describe('a period in a path', () => {
  it.each(['2026-11', '1999-01', '2026-12'])('takes %s', (period) => {
    expect(commissionPeriodParamsSchema.safeParse({ period }).success).toBe(true);
  });
  it.each(['2026-13', '2026-00', '../x', '2026-1', '2026-11\u0000', '2026-11'.repeat(20), ''])(
    'refuses %j',
    (period) => {
      expect(commissionPeriodParamsSchema.safeParse({ period }).success).toBe(false);
    },
  );
});

describe('the month a replayed line counts in', () => {
  const novemberOrder = Date.parse('2026-11-20T10:00:00+08:00');
  const closedAt = Date.parse('2026-12-02T09:00:00+08:00');
  const closures = new Map([['2026-11', closedAt]]);
  it.each([
    ['written before November closed', Date.parse('2026-11-25T10:00:00+08:00'), '2026-11'],
    ['written as November closed', closedAt, '2026-12'],
    ['written after November closed', Date.parse('2026-12-05T10:00:00+08:00'), '2026-12'],
    ['written in January, after it closed', Date.parse('2027-01-03T10:00:00+08:00'), '2027-01'],
  ])('%s', (_name, at, period) => {
    expect(replayedPeriodOf(novemberOrder, at, closures)).toBe(period);
  });
  it('keeps an open month’s order in its month whenever the line is written', () => {
    const decemberOrder = Date.parse('2026-12-01T00:30:00+08:00');
    expect(replayedPeriodOf(decemberOrder, Date.parse('2027-02-01T10:00:00+08:00'), closures)).toBe(
      '2026-12',
    );
  });
});
