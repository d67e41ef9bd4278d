import {
  activeSalesFilters,
  funnelReportSchema,
  salesOptionsSchema,
  salesReportSchema,
  todayReportSchema,
  type FunnelReport,
  type Language,
  type SalesFilters,
  type SalesGroupBy,
  type SalesOptions,
  type SalesReport,
  type TodayReport,
} from '../../shared';
import type { ApiResult } from './api-error';
import { requestJson } from './http';

export interface SalesFilter {
  from: string;
  to: string;
  /** null: every store the user may see. */
  storeId: string | null;
  groupBy: SalesGroupBy;
  /** Narrowing on top of the store: one object, so the chart and its CSV ask the same. */
  filters?: SalesFilters;
}

function params(entries: Record<string, string | null | undefined>): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(entries))
    if (value !== null && value !== undefined) search.set(name, value);
  return search.toString();
}

/** The report's query: range, store, grouping, then each filter set, in a fixed order. */
function salesParams(filter: SalesFilter): Record<string, string | null> {
  const { from, to, storeId, groupBy } = filter;
  return { from, to, storeId, groupBy, ...activeSalesFilters(filter.filters ?? {}) };
}

export function salesPath(filter: SalesFilter): string {
  return `/api/reports/sales?${params(salesParams(filter))}`;
}

/** Where the CSV button points: the same report, as a download in the page's language. */
export function salesCsvPath(filter: SalesFilter, lang: Language): string {
  return `/api/reports/sales.csv?${params({ ...salesParams(filter), lang })}`;
}

/** The filters' choices for a store (null: every store the user may see). */
export function salesOptionsPath(storeId: string | null): string {
  const query = params({ storeId });
  return query ? `/api/reports/sales-options?${query}` : '/api/reports/sales-options';
}

export function funnelPath(filter: Omit<SalesFilter, 'groupBy'>): string {
  const { from, to, storeId } = filter;
  return `/api/reports/funnel?${params({ from, to, storeId })}`;
}

export function todayPath(storeId: string | null): string {
  const query = params({ storeId });
  return query ? `/api/reports/today?${query}` : '/api/reports/today';
}

export function loadSales(
  filter: SalesFilter,
  signal?: AbortSignal,
): Promise<ApiResult<SalesReport>> {
  return requestJson(salesPath(filter), salesReportSchema, { signal });
}

export function loadSalesOptions(
  storeId: string | null,
  signal?: AbortSignal,
): Promise<ApiResult<SalesOptions>> {
  return requestJson(salesOptionsPath(storeId), salesOptionsSchema, { signal });
}

export function loadFunnel(
  filter: Omit<SalesFilter, 'groupBy'>,
  signal?: AbortSignal,
): Promise<ApiResult<FunnelReport>> {
  return requestJson(funnelPath(filter), funnelReportSchema, { signal });
}

export function loadToday(
  storeId: string | null,
  signal?: AbortSignal,
): Promise<ApiResult<TodayReport>> {
  return requestJson(todayPath(storeId), todayReportSchema, { signal });
}
