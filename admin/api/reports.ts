import {
  funnelReportSchema,
  salesReportSchema,
  todayReportSchema,
  type FunnelReport,
  type Language,
  type SalesGroupBy,
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
}

function params(entries: Record<string, string | null | undefined>): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(entries))
    if (value !== null && value !== undefined) search.set(name, value);
  return search.toString();
}

export function salesPath(filter: SalesFilter): string {
  const { from, to, storeId, groupBy } = filter;
  return `/api/reports/sales?${params({ from, to, storeId, groupBy })}`;
}

/** Where the CSV button points: the same report, as a download in the page's language. */
export function salesCsvPath(filter: SalesFilter, lang: Language): string {
  const { from, to, storeId, groupBy } = filter;
  return `/api/reports/sales.csv?${params({ from, to, storeId, groupBy, lang })}`;
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
