import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import type { OrderListQuery as OrdersQuery, OrderSummary } from '../../shared';
import { listOrders } from '../api/orders';
import { ordersQueryFor, type OrdersFilter } from './orders-filter';
import { initialOrdersState, ordersReducer, type OrdersState } from './orders-state';

export interface OrdersList {
  state: OrdersState;
  /** True when the filter cannot be asked for (e.g. start after end); nothing is loaded. */
  invalidRange: boolean;
  refresh: () => void;
  loadMore: () => void;
  /** Shows a new status on an order's row without reloading the list. */
  updateOrder: (order: { id: string; status: OrderSummary['status'] }) => void;
}

/**
 * The orders of a filter, first page on every filter change, further pages on demand.
 * A newer request aborts an older one, so a slow answer never overwrites a newer filter's rows.
 */
export function useOrders(
  filter: OrdersFilter,
  onUnauthorized: () => void,
  pageSize = 50,
): OrdersList {
  const [state, dispatch] = useReducer(ordersReducer, initialOrdersState);
  const [refreshCount, setRefreshCount] = useState(0);
  const controllerRef = useRef<AbortController | null>(null);
  const lastQueryKeyRef = useRef<string | null>(null);
  const onUnauthorizedRef = useRef(onUnauthorized);
  useEffect(() => {
    onUnauthorizedRef.current = onUnauthorized;
  }, [onUnauthorized]);

  const queryResult = ordersQueryFor(filter, pageSize);
  // A string key keeps the effect from re-running for an equal filter in a new object.
  const queryKey = queryResult.ok ? JSON.stringify(queryResult.query) : null;

  useEffect(() => {
    if (queryKey === null) {
      dispatch({ type: 'cleared' });
      return;
    }
    const query = JSON.parse(queryKey) as OrdersQuery;
    const keepShown = lastQueryKeyRef.current === queryKey;
    lastQueryKeyRef.current = queryKey;
    const controller = new AbortController();
    controllerRef.current = controller;
    dispatch({ type: 'firstPage.requested', keepShown });
    void listOrders(query, controller.signal).then((result) => {
      if (controller.signal.aborted) return;
      if (result.ok) {
        const { orders, cursor } = result.value;
        dispatch({ type: 'firstPage.loaded', orders, cursor, at: Date.now() });
        return;
      }
      if (result.error.kind === 'unauthorized') onUnauthorizedRef.current();
      dispatch({ type: 'firstPage.failed', error: result.error });
    });
    return () => controller.abort();
  }, [queryKey, refreshCount]);

  const { cursor, phase } = state;
  const loadMore = useCallback(() => {
    const controller = controllerRef.current;
    if (queryKey === null || cursor === null || phase !== 'ready' || !controller) return;
    const query = { ...(JSON.parse(queryKey) as OrdersQuery), cursor };
    dispatch({ type: 'nextPage.requested' });
    void listOrders(query, controller.signal).then((result) => {
      if (controller.signal.aborted) return;
      if (result.ok) {
        const page = result.value;
        dispatch({
          type: 'nextPage.loaded',
          orders: page.orders,
          cursor: page.cursor,
          at: Date.now(),
        });
        return;
      }
      if (result.error.kind === 'unauthorized') onUnauthorizedRef.current();
      dispatch({ type: 'nextPage.failed', error: result.error });
    });
  }, [queryKey, cursor, phase]);

  const refresh = useCallback(() => setRefreshCount((count) => count + 1), []);

  const updateOrder = useCallback(
    (order: Pick<OrderSummary, 'id' | 'status'>) => dispatch({ type: 'order.updated', order }),
    [],
  );

  return { state, invalidRange: queryKey === null, refresh, loadMore, updateOrder };
}
