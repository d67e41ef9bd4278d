import { orderStatusSchema, type OrderStatus, type OrderSummary } from '../../shared';
import type { ApiError } from '../api/api-error';

/**
 * The orders page's list: pages read with the server's cursor and appended in order.
 * `phase` says what is in flight; errors of the first page and of "load more" are kept apart
 * because the second leaves the shown rows valid.
 */
export interface OrdersState {
  orders: OrderSummary[];
  /** The cursor of the next page; null when the last page has been read. */
  cursor: string | null;
  phase: 'idle' | 'loading' | 'refreshing' | 'loadingMore' | 'ready';
  error: ApiError | null;
  moreError: ApiError | null;
  loadedAt: number | null;
}

export type OrdersAction =
  | { type: 'firstPage.requested'; keepShown: boolean }
  | { type: 'firstPage.loaded'; orders: OrderSummary[]; cursor: string | null; at: number }
  | { type: 'firstPage.failed'; error: ApiError }
  | { type: 'nextPage.requested' }
  | { type: 'nextPage.loaded'; orders: OrderSummary[]; cursor: string | null; at: number }
  | { type: 'nextPage.failed'; error: ApiError }
  | { type: 'cleared' }
  /** An order changed in its detail (a step went through): its row shows the new status. */
  | { type: 'order.updated'; order: Pick<OrderSummary, 'id' | 'status'> };

export const initialOrdersState: OrdersState = {
  orders: [],
  cursor: null,
  phase: 'idle',
  error: null,
  moreError: null,
  loadedAt: null,
};

export function ordersReducer(state: OrdersState, action: OrdersAction): OrdersState {
  switch (action.type) {
    case 'firstPage.requested':
      // A refresh keeps the rows on screen until the new page arrives; a new filter does not.
      return action.keepShown && state.orders.length > 0
        ? { ...state, phase: 'refreshing', error: null, moreError: null }
        : { ...initialOrdersState, phase: 'loading' };
    case 'firstPage.loaded':
      return {
        ...initialOrdersState,
        orders: action.orders,
        cursor: action.cursor,
        phase: 'ready',
        loadedAt: action.at,
      };
    case 'firstPage.failed':
      return { ...state, phase: 'ready', error: action.error };
    case 'nextPage.requested':
      return { ...state, phase: 'loadingMore', moreError: null };
    case 'nextPage.loaded':
      return {
        ...state,
        orders: appendUnseen(state.orders, action.orders),
        cursor: action.cursor,
        phase: 'ready',
        loadedAt: action.at,
      };
    case 'nextPage.failed':
      return { ...state, phase: 'ready', moreError: action.error };
    case 'cleared':
      return initialOrdersState;
    case 'order.updated':
      return {
        ...state,
        orders: state.orders.map((order) =>
          order.id === action.order.id ? { ...order, status: action.order.status } : order,
        ),
      };
  }
}

/** An order already shown is not shown twice, even if pages overlap. */
function appendUnseen(shown: OrderSummary[], page: OrderSummary[]): OrderSummary[] {
  const seen = new Set(shown.map((order) => order.id));
  return [...shown, ...page.filter((order) => !seen.has(order.id))];
}

export interface OrdersSummary {
  count: number;
  /** Sum of the shown orders that still stand: cancelled orders bring no money. */
  totalFen: number;
  /** How many of the shown orders are in each status, every status present (0 when none). */
  byStatus: Record<OrderStatus, number>;
}

export function summariseOrders(orders: readonly OrderSummary[]): OrdersSummary {
  const byStatus = Object.fromEntries(
    orderStatusSchema.options.map((status) => [status, 0]),
  ) as Record<OrderStatus, number>;
  let totalFen = 0;
  for (const order of orders) {
    byStatus[order.status] += 1;
    if (order.status !== 'cancelled') totalFen += order.totalFen;
  }
  return { count: orders.length, totalFen, byStatus };
}
