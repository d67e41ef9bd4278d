import type { OrderListQuery, OrderStatus } from '../../shared';
import {
  shiftStoreDay,
  storeDayEndExclusiveMs,
  storeDayOf,
  storeDayStartMs,
  type StoreDay,
} from './store-time';

/** What the person chose on screen. An empty day means "no bound on that side". */
export interface OrdersFilter {
  /** null: every store the user may see. */
  storeId: string | null;
  /** null: every status. */
  status?: OrderStatus | null;
  fromDay: StoreDay;
  toDay: StoreDay;
}

export type DatePreset = 'today' | 'week' | 'month' | 'all';

/** The date range of a preset, ending today in the stores' calendar. */
export function presetRange(
  preset: DatePreset,
  now: number,
): Pick<OrdersFilter, 'fromDay' | 'toDay'> {
  const today = storeDayOf(now);
  switch (preset) {
    case 'today':
      return { fromDay: today, toDay: today };
    case 'week':
      return { fromDay: shiftStoreDay(today, 6), toDay: today };
    case 'month':
      return { fromDay: shiftStoreDay(today, 29), toDay: today };
    case 'all':
      return { fromDay: '', toDay: '' };
  }
}

/** The preset a range matches, so its button can show as pressed. */
export function presetOf(filter: OrdersFilter, now: number): DatePreset | null {
  const presets: DatePreset[] = ['today', 'week', 'month', 'all'];
  return (
    presets.find((preset) => {
      const range = presetRange(preset, now);
      return range.fromDay === filter.fromDay && range.toDay === filter.toDay;
    }) ?? null
  );
}

export type OrdersQueryResult =
  { ok: true; query: Omit<OrderListQuery, 'cursor'> } | { ok: false; problem: 'invalidRange' };

/**
 * The first-page query for a filter: both days included. The server reads `from` as inclusive
 * and `to` as exclusive (server/orders/orders-repo.ts), so `to` is the start of the next day.
 */
export function ordersQueryFor(filter: OrdersFilter, limit: number): OrdersQueryResult {
  const from = filter.fromDay ? storeDayStartMs(filter.fromDay) : undefined;
  const to = filter.toDay ? storeDayEndExclusiveMs(filter.toDay) : undefined;
  if (from === null || to === null) return { ok: false, problem: 'invalidRange' };
  if (from !== undefined && to !== undefined && from >= to)
    return { ok: false, problem: 'invalidRange' };
  const query: Omit<OrderListQuery, 'cursor'> = { limit };
  if (filter.storeId) query.storeId = filter.storeId;
  if (filter.status) query.status = filter.status;
  if (from !== undefined) query.from = from;
  if (to !== undefined) query.to = to;
  return { ok: true, query };
}
