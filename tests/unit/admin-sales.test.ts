import { describe, expect, it } from 'vitest';
import type { SalesGroup } from '../../shared';
import { funnelPath, salesCsvPath, salesPath, todayPath } from '../../admin/api/reports';
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
