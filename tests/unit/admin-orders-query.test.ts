import { describe, expect, it } from 'vitest';
import { ordersQuerySchema } from '../../shared';
import { ordersPath } from '../../admin/api/orders';
import { ordersQueryFor, presetOf, presetRange } from '../../admin/orders/orders-filter';
import {
  formatStoreTime,
  shiftStoreDay,
  storeDayEndExclusiveMs,
  storeDayOf,
  storeDayStartMs,
} from '../../admin/orders/store-time';

// 2026-11-25 00:00 in Beijing is 2026-11-24 16:00 UTC.
const beijingMidnight = Date.UTC(2026, 10, 24, 16, 0, 0);

describe('store days', () => {
  it('starts a day at midnight in the stores’ time zone (UTC+8)', () => {
    expect(storeDayStartMs('2026-11-25')).toBe(beijingMidnight);
  });

  it('ends a day where the next one starts (an exclusive bound)', () => {
    expect(storeDayEndExclusiveMs('2026-11-25')).toBe(beijingMidnight + 24 * 3600_000);
  });

  it.each(['2026-02-30', '2026-13-01', '25/11/2026', ''])('refuses %j as a day', (day) => {
    expect(storeDayStartMs(day)).toBeNull();
  });

  it('puts 23:30 UTC into the next Beijing day', () => {
    expect(storeDayOf(Date.UTC(2026, 10, 24, 23, 30))).toBe('2026-11-25');
    expect(storeDayOf(Date.UTC(2026, 10, 24, 15, 59))).toBe('2026-11-24');
  });

  it('shifts days across month and year ends', () => {
    expect(shiftStoreDay('2026-03-01', 1)).toBe('2026-02-28');
    expect(shiftStoreDay('2027-01-02', 2)).toBe('2026-12-31');
  });

  it('shows a time as the store’s clock showed it', () => {
    expect(formatStoreTime(Date.UTC(2026, 10, 24, 23, 5), 'zh')).toBe('2026/11/25 07:05');
    expect(formatStoreTime(Date.UTC(2026, 10, 24, 23, 5), 'en')).toBe('25/11/2026, 07:05');
  });
});

describe('date presets', () => {
  const now = Date.UTC(2026, 10, 25, 2, 0); // 10:00 in Beijing on 2026-11-25

  it.each([
    ['today', '2026-11-25', '2026-11-25'],
    ['week', '2026-11-19', '2026-11-25'],
    ['month', '2026-10-27', '2026-11-25'],
    ['all', '', ''],
  ] as const)('gives %s the range %s to %s', (preset, fromDay, toDay) => {
    expect(presetRange(preset, now)).toEqual({ fromDay, toDay });
  });

  it('recognises a preset range and no preset for a hand-picked one', () => {
    expect(presetOf({ storeId: null, fromDay: '2026-11-19', toDay: '2026-11-25' }, now)).toBe(
      'week',
    );
    expect(presetOf({ storeId: null, fromDay: '2026-11-18', toDay: '2026-11-25' }, now)).toBeNull();
  });
});

describe('ordersQueryFor', () => {
  it('turns a day range into from (inclusive) and to (exclusive, the next midnight)', () => {
    const result = ordersQueryFor(
      { storeId: 'sh-01', fromDay: '2026-11-25', toDay: '2026-11-25' },
      50,
    );
    expect(result).toEqual({
      ok: true,
      query: {
        storeId: 'sh-01',
        from: beijingMidnight,
        to: beijingMidnight + 24 * 3600_000,
        limit: 50,
      },
    });
  });

  it('leaves out the store for all stores and the bounds for open days', () => {
    expect(ordersQueryFor({ storeId: null, fromDay: '', toDay: '' }, 20)).toEqual({
      ok: true,
      query: { limit: 20 },
    });
  });

  it('refuses a start after the end', () => {
    const result = ordersQueryFor(
      { storeId: null, fromDay: '2026-11-26', toDay: '2026-11-25' },
      50,
    );
    expect(result).toEqual({ ok: false, problem: 'invalidRange' });
  });

  it('builds queries the server’s own schema accepts', () => {
    const result = ordersQueryFor(
      { storeId: 'bj-02', fromDay: '2026-01-01', toDay: '2026-01-31' },
      100,
    );
    if (!result.ok) throw new Error('expected a query');
    const params = Object.fromEntries(new URL(ordersPath(result.query), 'http://x').searchParams);
    expect(ordersQuerySchema.parse(params)).toEqual(result.query);
  });
});

describe('ordersPath', () => {
  it('sends only the parameters that are set', () => {
    expect(ordersPath({ limit: 50 })).toBe('/api/orders?limit=50');
  });

  it('puts the store, the bounds and the cursor in the query string', () => {
    expect(ordersPath({ storeId: 's1', from: 10, to: 20, cursor: 'abc', limit: 5 })).toBe(
      '/api/orders?storeId=s1&from=10&to=20&cursor=abc&limit=5',
    );
  });

  it('encodes an opaque cursor so it survives the trip', () => {
    const path = ordersPath({ cursor: '1700000000000|a+b/c=', limit: 5 });
    expect(new URL(path, 'http://x').searchParams.get('cursor')).toBe('1700000000000|a+b/c=');
  });

  it('sends from=0 rather than dropping it', () => {
    expect(ordersPath({ from: 0, limit: 5 })).toContain('from=0');
  });
});
