import { describe, expect, it } from 'vitest';
import type { FunnelReport, FunnelZone, SalesGroup } from '../../shared';
import {
  funnelPath,
  salesCsvPath,
  salesOptionsPath,
  salesPath,
  todayPath,
} from '../../admin/api/reports';
import { storeFunnelRows } from '../../admin/sales/funnel-stores';
import {
  choiceGroups,
  choicesFor,
  filtersInScope,
  withFilter,
} from '../../admin/sales/sales-filters';
import {
  bucketLabel,
  chartGroups,
  chartKindFor,
  percentOf,
  topCount,
} from '../../admin/sales/chart-choice';
import { presetDays, presetOfRange, rangeProblem } from '../../admin/sales/sales-range';

// Both instants are 3 December in Beijing; the second is still 2 December in UTC.
const morning = Date.parse('2026-12-03T09:30:00+08:00');
const earlyUtc = Date.parse('2026-12-03T06:30:00+08:00'); // 2026-12-02 22:30 UTC

describe('range presets', () => {
  it.each([
    ['today', '2026-12-03', '2026-12-03'],
    ['last7', '2026-11-27', '2026-12-03'],
    ['last30', '2026-11-04', '2026-12-03'],
    ['thisMonth', '2026-12-01', '2026-12-03'],
  ] as const)('%s ends today in the stores’ calendar', (preset, from, to) => {
    expect(presetDays(preset, morning)).toEqual({ from, to });
    expect(presetDays(preset, earlyUtc)).toEqual({ from, to });
  });

  it('recognises a preset and calls anything else custom', () => {
    expect(presetOfRange({ from: '2026-11-27', to: '2026-12-03' }, morning)).toBe('last7');
    expect(presetOfRange({ from: '2026-11-20', to: '2026-12-03' }, morning)).toBeNull();
  });

  it.each([
    [{ from: '', to: '2026-12-03' }, 'invalid'],
    [{ from: '2026-12-04', to: '2026-12-03' }, 'reversed'],
    [{ from: '2025-01-01', to: '2026-12-03' }, 'tooLong'],
    [{ from: '2026-12-03', to: '2026-12-03' }, null],
  ])('finds %o %s', (range, problem) => expect(rangeProblem(range)).toBe(problem));
});

describe('report paths', () => {
  const filter = { from: '2026-11-01', to: '2026-11-30', storeId: null, groupBy: 'store' as const };
  it('leaves out an unset store and encodes every value', () => {
    expect(salesPath(filter)).toBe(
      '/api/reports/sales?from=2026-11-01&to=2026-11-30&groupBy=store',
    );
    expect(salesCsvPath({ ...filter, storeId: 'bj-xidan' }, 'en')).toBe(
      '/api/reports/sales.csv?from=2026-11-01&to=2026-11-30&storeId=bj-xidan&groupBy=store&lang=en',
    );
    expect(funnelPath(filter)).toBe('/api/reports/funnel?from=2026-11-01&to=2026-11-30');
    expect(todayPath(null)).toBe('/api/reports/today');
    expect(todayPath('a b')).toBe('/api/reports/today?storeId=a+b');
  });

  it('sends a chosen filter with the report and with its CSV alike', () => {
    const filtered = { ...filter, filters: withFilter({}, 'handsetId', 'apple-iphone-4') };
    const query = 'from=2026-11-01&to=2026-11-30&groupBy=store&handsetId=apple-iphone-4';
    expect(salesPath(filtered)).toBe(`/api/reports/sales?${query}`);
    expect(salesCsvPath(filtered, 'zh')).toBe(`/api/reports/sales.csv?${query}&lang=zh`);
    expect(salesOptionsPath(null)).toBe('/api/reports/sales-options');
    expect(salesOptionsPath('gz-tianhe')).toBe('/api/reports/sales-options?storeId=gz-tianhe');
  });

  it('writes filters in one order and encodes a district', () => {
    const filters = withFilter(
      withFilter({ status: 'activated' }, 'district', '广州/天河区'),
      'storeType',
      'own',
    );
    expect(salesPath({ ...filter, filters })).toBe(
      '/api/reports/sales?from=2026-11-01&to=2026-11-30&groupBy=store&storeType=own' +
        '&district=%E5%B9%BF%E5%B7%9E%2F%E5%A4%A9%E6%B2%B3%E5%8C%BA&status=activated',
    );
  });
});

describe('sales filters on the page', () => {
  it('drops a filter set back to All and keeps the others', () => {
    const filters = withFilter({ planId: 'p1', status: 'cancelled' }, 'planId', '');
    expect(filters).toEqual({ status: 'cancelled' });
  });

  it('leaves store type and district out once one store is in scope', () => {
    const filters = { storeType: 'own', district: '广州/天河区', clerkId: 'c1' } as const;
    expect(filtersInScope(filters, null)).toEqual(filters);
    expect(filtersInScope(filters, 'gz-tianhe')).toEqual({ clerkId: 'c1' });
  });

  it('sorts choices by name in the page language and keeps a chosen one the scope lacks', () => {
    const options = [
      { key: 'b', name: { zh: '张伟', en: 'Zhang Wei' } },
      { key: 'a', name: { zh: '李娜', en: 'Li Na' } },
    ];
    expect(choicesFor(options, undefined, 'en').map((c) => c.key)).toEqual(['a', 'b']);
    expect(choicesFor(options, 'gone', 'zh')).toEqual([
      { key: 'gone', label: 'gone', group: null, offered: false },
      { key: 'a', label: '李娜', group: null, offered: true },
      { key: 'b', label: '张伟', group: null, offered: true },
    ]);
  });

  it('lists choices under their group, groups in order', () => {
    const options = [
      { key: 'n2', name: { zh: 'Nokia N95', en: 'Nokia N95' }, group: 'Nokia' },
      { key: 'a1', name: { zh: 'Apple iPhone', en: 'Apple iPhone' }, group: 'Apple' },
      { key: 'n1', name: { zh: 'Nokia E71', en: 'Nokia E71' }, group: 'Nokia' },
    ];
    const runs = choiceGroups(choicesFor(options, undefined, 'en'));
    expect(runs.map((run) => [run.group, run.choices.map((c) => c.key)])).toEqual([
      ['Apple', ['a1']],
      ['Nokia', ['n1', 'n2']],
    ]);
  });
});

describe('the funnel by store', () => {
  const zone = (zoneId: string, views: number, orders: number): FunnelZone => ({
    zoneId,
    name: { zh: zoneId, en: zoneId },
    views,
    plays: views / 2,
    taps: orders * 2,
    orders,
    playRate: null,
    tapRate: null,
    orderRate: null,
    overallRate: null,
  });
  const report = {
    stores: [
      { storeId: 's1', name: '一店', zones: [zone('music', 100, 1), zone('games', 50, 4)] },
      { storeId: 's2', name: '二店', zones: [zone('music', 80, 3), zone('games', 0, 0)] },
      { storeId: 's3', name: '三店', zones: [zone('music', 0, 0), zone('games', 0, 0)] },
    ],
  } as unknown as FunnelReport;

  it('sums each store over every zone, busiest first, with its rates', () => {
    const rows = storeFunnelRows(report, null);
    expect(rows.map((r) => [r.storeId, r.views, r.orders])).toEqual([
      ['s1', 150, 5],
      ['s2', 80, 3],
      ['s3', 0, 0],
    ]);
    expect(rows[0]!.overallRate).toBeCloseTo(5 / 150);
    expect(rows[2]!.overallRate).toBeNull();
  });

  it('compares the stores in one zone', () => {
    expect(storeFunnelRows(report, 'music').map((r) => [r.storeId, r.orders])).toEqual([
      ['s2', 3],
      ['s1', 1],
      ['s3', 0],
    ]);
  });
});

const group = (key: string | null, revenueFen: number): SalesGroup => ({
  key,
  name: { zh: key ?? '-', en: key ?? '-' },
  orders: 1,
  revenueFen,
  activated: 0,
  cancelled: 0,
});

describe('which chart', () => {
  it.each([
    ['day', 'line'],
    ['month', 'line'],
    ['storeType', 'doughnut'],
    ['zone', 'doughnut'],
    ['handset', 'horizontalBar'],
    ['clerk', 'horizontalBar'],
  ] as const)('draws %s as a %s chart', (groupBy, kind) =>
    expect(chartKindFor(groupBy)).toBe(kind),
  );

  it('ranks the top groups with revenue and keeps every bucket of a trend', () => {
    const many = Array.from({ length: 15 }, (_, i) => group(`h${i}`, (15 - i) * 100));
    expect(chartGroups('handset', [...many, group('none', 0)])).toHaveLength(topCount);
    const days = [group('2026-11-01', 0), group('2026-11-02', 5)];
    expect(chartGroups('day', days)).toEqual(days);
  });

  it('labels days without the year and months whole', () => {
    expect(bucketLabel('day', '2026-11-02')).toBe('11-02');
    expect(bucketLabel('month', '2026-11')).toBe('2026-11');
  });

  it.each([
    [1, 3, '33%'],
    [1, 200, '0.5%'],
    [0, 10, '0%'],
    [5, 0, '—'],
  ])('shows %i of %i as %s', (part, whole, text) => expect(percentOf(part, whole)).toBe(text));
});
