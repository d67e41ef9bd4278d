import { isTimeGroupBy, type SalesGroup, type SalesGroupBy } from '../../shared';
import type { ChartKind } from './SalesChart';

/** How many groups a ranking chart shows; the table and the CSV hold the rest. */
export const topCount = 10;

/** Trends are lines, few-part wholes are doughnuts, everything else a ranked bar chart. */
export function chartKindFor(groupBy: SalesGroupBy): ChartKind {
  if (isTimeGroupBy(groupBy)) return 'line';
  if (groupBy === 'storeType' || groupBy === 'zone') return 'doughnut';
  return 'horizontalBar';
}

/** The groups a chart draws: every bucket of a trend, else the top ones by revenue. */
export function chartGroups(groupBy: SalesGroupBy, groups: readonly SalesGroup[]): SalesGroup[] {
  if (isTimeGroupBy(groupBy)) return [...groups];
  const selling = groups.filter((g) => g.revenueFen > 0);
  return chartKindFor(groupBy) === 'doughnut' ? selling : selling.slice(0, topCount);
}

/** A trend's axis label: 11-30 for a day or week (the year is in the range), 2026-11 for a month. */
export function bucketLabel(groupBy: SalesGroupBy, key: string | null): string {
  if (key === null) return '';
  if (groupBy === 'day' || groupBy === 'week') return key.slice(5);
  return key;
}

/** A part of a whole as a short percentage: 12.3%, or — when there is no whole. */
export function percentOf(part: number, whole: number): string {
  if (whole <= 0) return '—';
  const percent = (part / whole) * 100;
  return `${percent.toFixed(percent >= 10 || percent === 0 ? 0 : 1)}%`;
}
