import { describe, expect, it } from 'vitest';
import {
  csvField,
  dayNumberOf,
  dayOfNumber,
  encodeCsv,
  fenAsYuan,
  activeSalesFilters,
  funnelRates,
  hasItemFilter,
  monthKeyOf,
  salesCsvQuerySchema,
  salesQuerySchema,
  storeDayNumber,
  storeDayOfInstant,
  storeDayStartMs,
  storeHourOf,
  timeBucketKeys,
  weekKeyOf,
} from '../../shared';

const beijing = (iso: string) => Date.parse(`${iso}+08:00`);

describe('store days in Asia/Shanghai', () => {
  it.each([
    ['2026-12-03T00:00:00', '2026-12-03'],
    ['2026-12-02T23:59:59.999', '2026-12-02'],
    ['2026-12-03T07:59:00', '2026-12-03'],
    ['2027-01-01T00:00:00', '2027-01-01'],
    ['2026-12-31T23:59:59', '2026-12-31'],
  ])('dates %s (Beijing) on %s, whatever the UTC day', (local, day) => {
    expect(storeDayOfInstant(beijing(local))).toBe(day);
  });

  it('starts a store day at 16:00 UTC the day before', () => {
    const day = dayNumberOf('2026-12-03')!;
    expect(new Date(storeDayStartMs(day)).toISOString()).toBe('2026-12-02T16:00:00.000Z');
    expect(storeDayNumber(storeDayStartMs(day))).toBe(day);
    expect(storeDayNumber(storeDayStartMs(day) - 1)).toBe(day - 1);
  });

  it('gives the hour on the store clock', () => {
    expect(storeHourOf(beijing('2026-12-03T00:30:00'))).toBe(0);
    expect(storeHourOf(beijing('2026-12-03T21:59:00'))).toBe(21);
  });

  it.each(['2026-02-30', '2026-13-01', '26-01-01', '2026-1-1', '', '2026-02-29'])(
    'refuses %s as a day',
    (text) => expect(dayNumberOf(text)).toBeNull(),
  );

  it('reads leap days and round-trips day numbers', () => {
    expect(dayOfNumber(dayNumberOf('2028-02-29')!)).toBe('2028-02-29');
  });
});

describe('time buckets', () => {
  it.each([
    ['2026-11-30', '2026-11-30'], // a Monday
    ['2026-12-06', '2026-11-30'], // its Sunday
    ['2026-12-07', '2026-12-07'],
    ['2027-01-01', '2026-12-28'], // a week across the new year
    ['1970-01-01', '1969-12-29'],
  ])('puts %s in the week of Monday %s', (day, monday) => {
    expect(weekKeyOf(dayNumberOf(day)!)).toBe(monday);
  });

  it('puts a day in its calendar month', () => {
    expect(monthKeyOf(dayNumberOf('2026-02-28')!)).toBe('2026-02');
  });

  it('lists every bucket of a range in order, once', () => {
    const from = dayNumberOf('2026-11-28')!;
    const to = dayNumberOf('2026-12-08')!;
    expect(timeBucketKeys('day', from, to)).toHaveLength(11);
    expect(timeBucketKeys('week', from, to)).toEqual(['2026-11-23', '2026-11-30', '2026-12-07']);
    expect(timeBucketKeys('month', from, to)).toEqual(['2026-11', '2026-12']);
  });
});

describe('the sales query', () => {
  it('takes a range of whole days and defaults to a daily trend', () => {
    expect(salesQuerySchema.parse({ from: '2026-11-01', to: '2026-11-30' })).toEqual({
      from: '2026-11-01',
      to: '2026-11-30',
      groupBy: 'day',
    });
  });

  it.each([
    [{ from: '2026-11-30', to: '2026-11-01' }, 'to'],
    [{ from: '2025-01-01', to: '2026-11-30' }, 'to'],
    [{ from: '2026-11-01', to: '2026-11-30', groupBy: 'customer' }, 'groupBy'],
    [{ from: '2026-11-01', to: '2026-11-30', extra: '1' }, ''],
  ])('refuses %o', (query, field) => {
    const result = salesQuerySchema.safeParse(query);
    expect(result.success).toBe(false);
    if (field) expect(result.error?.issues.map((i) => i.path.join('.'))).toContain(field);
  });

  it('takes exactly 400 days and no more', () => {
    expect(salesQuerySchema.safeParse({ from: '2025-11-01', to: '2026-12-05' }).success).toBe(true);
    expect(salesQuerySchema.safeParse({ from: '2025-11-01', to: '2026-12-06' }).success).toBe(
      false,
    );
  });
});

describe('the sales filters', () => {
  const range = { from: '2026-11-01', to: '2026-11-30' };

  it('takes every filter at once, each as it is', () => {
    const filters = {
      storeType: 'partner',
      district: '广州/天河区',
      zoneId: 'zone-music',
      handsetId: 'apple-iphone-4',
      planId: 'plan-58',
      bundleId: 'bundle-family',
      clerkId: 'user-1',
      status: 'activated',
    };
    expect(salesQuerySchema.parse({ ...range, ...filters })).toEqual({
      ...range,
      groupBy: 'day',
      ...filters,
    });
    expect(salesCsvQuerySchema.parse({ ...range, handsetId: 'h1', lang: 'en' })).toMatchObject({
      handsetId: 'h1',
      lang: 'en',
    });
  });

  it.each([
    [{ storeType: 'franchise' }, 'storeType'],
    [{ district: '天河区' }, 'district'],
    [{ district: '广州/天河/东' }, 'district'],
    [{ district: '<b>/x' }, 'district'],
    [{ district: '广州/\u0000' }, 'district'],
    [{ handsetId: '' }, 'handsetId'],
    [{ handsetId: '../etc' }, 'handsetId'],
    [{ clerkId: ['a', 'b'] }, 'clerkId'],
    [{ status: 'lost' }, 'status'],
    [{ handset: 'x' }, ''],
  ])('refuses %o, naming the field', (filters, field) => {
    const result = salesQuerySchema.safeParse({ ...range, ...filters });
    expect(result.success).toBe(false);
    if (field) expect(result.error?.issues.map((i) => i.path.join('.'))).toContain(field);
  });

  it('keeps only the filters set, in one order, whatever else the object holds', () => {
    const active = activeSalesFilters({
      status: 'cancelled',
      from: '2026-11-01',
      handsetId: 'h1',
      planId: '',
      clerkId: undefined,
      storeType: 'own',
    } as Record<string, unknown>);
    expect(Object.entries(active)).toEqual([
      ['storeType', 'own'],
      ['handsetId', 'h1'],
      ['status', 'cancelled'],
    ]);
  });

  it.each([
    [{}, false],
    [{ storeType: 'own', district: '广州/天河区', status: 'activated' }, false],
    [{ zoneId: 'z' }, true],
    [{ clerkId: 'c', status: 'activated' }, true],
  ] as const)('says whether %o names an item: %s', (filters, item) =>
    expect(hasItemFilter(filters)).toBe(item),
  );
});

describe('CSV', () => {
  it.each([
    ['plain', 'plain'],
    ['西单旗舰店', '西单旗舰店'],
    ['西单,旗舰', '"西单,旗舰"'],
    ['the "best" store', '"the ""best"" store"'],
    ['two\nlines', '"two\nlines"'],
    ['=HYPERLINK("x")', '"\'=HYPERLINK(""x"")"'],
    ['+86 10', "'+86 10"],
    ['', ''],
  ])('writes %j as %j', (value, written) => {
    expect(csvField(value)).toBe(written);
  });

  it('writes numbers as they are and null as an empty field', () => {
    expect(csvField(-12)).toBe('-12');
    expect(csvField(null)).toBe('');
  });

  it('starts with a byte order mark and ends every row with CRLF', () => {
    expect(
      encodeCsv([
        ['a', 'b,c'],
        [1, null],
      ]),
    ).toBe('\uFEFFa,"b,c"\r\n1,\r\n');
  });

  it.each([
    [0, '0.00'],
    [5, '0.05'],
    [123_456, '1234.56'],
    [-250, '-2.50'],
  ])('writes %i fen as %s yuan', (fen, yuan) => expect(fenAsYuan(fen)).toBe(yuan));
});

describe('funnel rates', () => {
  it('divides each step by the one before, and gives null rather than dividing by zero', () => {
    expect(funnelRates({ views: 200, plays: 50, taps: 10, orders: 4 })).toEqual({
      playRate: 0.25,
      tapRate: 0.2,
      orderRate: 0.4,
      overallRate: 0.02,
    });
    expect(funnelRates({ views: 0, plays: 0, taps: 0, orders: 0 }).overallRate).toBeNull();
  });
});
