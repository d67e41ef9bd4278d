import {
  orderDetailResponseSchema,
  ordersResponseSchema,
  type CancelReason,
  type OrderAction,
  type OrderDetail,
  type OrderListQuery,
  type OrdersResponse,
} from '../../shared';
import type { ApiResult } from './api-error';
import { requestJson } from './http';

/** `/api/orders?…` with only the parameters that are set, in a stable order. */
export function ordersPath(query: OrderListQuery): string {
  const params = new URLSearchParams();
  if (query.storeId) params.set('storeId', query.storeId);
  if (query.status) params.set('status', query.status);
  if (query.from !== undefined) params.set('from', String(query.from));
  if (query.to !== undefined) params.set('to', String(query.to));
  if (query.cursor) params.set('cursor', query.cursor);
  params.set('limit', String(query.limit));
  return `/api/orders?${params.toString()}`;
}

/** One page of orders, newest first; pass the answer's `cursor` back to read the next page. */
export function listOrders(
  query: OrderListQuery,
  signal?: AbortSignal,
): Promise<ApiResult<OrdersResponse>> {
  return requestJson(ordersPath(query), ordersResponseSchema, { signal });
}

/** One order with its lines, timeline and masked customer. */
export async function getOrder(id: string, signal?: AbortSignal): Promise<ApiResult<OrderDetail>> {
  const result = await requestJson(
    `/api/orders/${encodeURIComponent(id)}`,
    orderDetailResponseSchema,
    { signal },
  );
  return result.ok ? { ok: true, value: result.value.order } : result;
}

export type OrderStepRequest =
  | { action: 'confirm'; idChecked: true; paymentTaken: true; note?: string }
  | { action: 'activate'; note?: string }
  | { action: 'cancel'; reason: CancelReason; note?: string };

/** Moves an order one step; the answer is the order as it is now. */
export async function stepOrder(
  id: string,
  request: OrderStepRequest,
): Promise<ApiResult<OrderDetail>> {
  const { action, ...body } = request;
  const result = await requestJson(
    `/api/orders/${encodeURIComponent(id)}/${action satisfies OrderAction}`,
    orderDetailResponseSchema,
    { method: 'POST', body },
  );
  return result.ok ? { ok: true, value: result.value.order } : result;
}
