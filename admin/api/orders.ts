import { ordersResponseSchema, type OrdersQuery, type OrdersResponse } from '../../shared';
import type { ApiResult } from './api-error';
import { requestJson } from './http';

/** `/api/orders?…` with only the parameters that are set, in a stable order. */
export function ordersPath(query: OrdersQuery): string {
  const params = new URLSearchParams();
  if (query.storeId) params.set('storeId', query.storeId);
  if (query.from !== undefined) params.set('from', String(query.from));
  if (query.to !== undefined) params.set('to', String(query.to));
  if (query.cursor) params.set('cursor', query.cursor);
  params.set('limit', String(query.limit));
  return `/api/orders?${params.toString()}`;
}

/** One page of orders, newest first; pass the answer's `cursor` back to read the next page. */
export function listOrders(
  query: OrdersQuery,
  signal?: AbortSignal,
): Promise<ApiResult<OrdersResponse>> {
  return requestJson(ordersPath(query), ordersResponseSchema, { signal });
}
