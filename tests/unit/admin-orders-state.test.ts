import { describe, expect, it } from 'vitest';
import type { OrderSummary } from '../../shared';
import { apiErrorFromResponse } from '../../admin/api/api-error';
import { formatPhoneNumber, wasDeliveredLate } from '../../admin/orders/order-format';
import {
  initialOrdersState,
  ordersReducer,
  summariseOrders,
  type OrdersState,
} from '../../admin/orders/orders-state';
import { effectiveStoreId, sortStoresForPicker } from '../../admin/shell/store-scope';

let serial = 0;
function order(overrides: Partial<OrderSummary> = {}): OrderSummary {
  serial += 1;
  return {
    id: `00000000-0000-4000-8000-${String(serial).padStart(12, '0')}`,
    ticket: 'K7QD-2M4P',
    storeId: 'bj-01',
    deviceId: 'kiosk-1',
    handsetId: 'h1',
    handsetName: 'Nokia N8',
    planId: 'p1',
    planName: { zh: '商务 186', en: 'Business 186' },
    number: '13800138000',
    customerName: '张*',
    idNumberMasked: '110***********123X',
    totalFen: 100_00,
    status: 'received',
    deviceCreatedAt: 1_700_000_000_000,
    receivedAt: 1_700_000_001_000,
    correctedAt: 1_700_000_000_500,
    clockSuspect: null,
    ...overrides,
  };
}

function loaded(orders: OrderSummary[], cursor: string | null): OrdersState {
  return ordersReducer(
    ordersReducer(initialOrdersState, { type: 'firstPage.requested', keepShown: false }),
    { type: 'firstPage.loaded', orders, cursor, at: 1 },
  );
}

describe('ordersReducer', () => {
  it('appends the next page after the shown orders and keeps its cursor', () => {
    const first = [order(), order()];
    const second = [order()];
    let state = loaded(first, 'c1');
    state = ordersReducer(state, { type: 'nextPage.requested' });
    expect(state.phase).toBe('loadingMore');
    state = ordersReducer(state, { type: 'nextPage.loaded', orders: second, cursor: null, at: 2 });
    expect(state.orders.map((o) => o.id)).toEqual([...first, ...second].map((o) => o.id));
    expect(state.cursor).toBeNull();
    expect(state.phase).toBe('ready');
  });

  it('never shows an order twice when pages overlap', () => {
    const shared = order();
    let state = loaded([order(), shared], 'c1');
    state = ordersReducer(state, {
      type: 'nextPage.loaded',
      orders: [shared, order()],
      cursor: null,
      at: 2,
    });
    expect(state.orders).toHaveLength(3);
    expect(new Set(state.orders.map((o) => o.id)).size).toBe(3);
  });

  it('keeps the rows on a refresh and drops them on a new filter', () => {
    const state = loaded([order()], null);
    expect(
      ordersReducer(state, { type: 'firstPage.requested', keepShown: true }).orders,
    ).toHaveLength(1);
    expect(
      ordersReducer(state, { type: 'firstPage.requested', keepShown: false }).orders,
    ).toHaveLength(0);
  });

  it('keeps the shown rows when the next page fails, and says so apart', () => {
    const error = apiErrorFromResponse(500, undefined);
    const state = ordersReducer(loaded([order()], 'c1'), { type: 'nextPage.failed', error });
    expect(state.orders).toHaveLength(1);
    expect(state.moreError).toBe(error);
    expect(state.error).toBeNull();
    expect(state.cursor).toBe('c1');
  });

  it('clears an earlier error when a page arrives', () => {
    const error = apiErrorFromResponse(500, undefined);
    let state = ordersReducer(initialOrdersState, { type: 'firstPage.failed', error });
    expect(state.error).toBe(error);
    state = ordersReducer(state, { type: 'firstPage.loaded', orders: [], cursor: null, at: 3 });
    expect(state.error).toBeNull();
    expect(state.loadedAt).toBe(3);
  });
});

describe('summariseOrders', () => {
  it('counts every shown order and sums those not cancelled', () => {
    const summary = summariseOrders([
      order({ totalFen: 1999_00, status: 'activated' }),
      order({ totalFen: 50_50, status: 'received' }),
      order({ totalFen: 3000_00, status: 'cancelled' }),
    ]);
    expect(summary.count).toBe(3);
    expect(summary.totalFen).toBe(2049_50);
  });

  it('counts each status, listing statuses with no orders as zero', () => {
    const summary = summariseOrders([
      order({ status: 'activated' }),
      order({ status: 'activated' }),
      order({ status: 'cancelled' }),
    ]);
    expect(summary.byStatus).toEqual({ received: 0, confirmed: 0, activated: 2, cancelled: 1 });
  });

  it('is zero for no orders', () => {
    expect(summariseOrders([])).toEqual({
      count: 0,
      totalFen: 0,
      byStatus: { received: 0, confirmed: 0, activated: 0, cancelled: 0 },
    });
  });
});

describe('order formatting', () => {
  it('groups an 11-digit number as 3-4-4', () => {
    expect(formatPhoneNumber('13800138000')).toBe('138 0013 8000');
  });

  it('leaves anything else as it came', () => {
    expect(formatPhoneNumber('1380013')).toBe('1380013');
  });

  it('marks an order that reached the server more than ten minutes after it was placed', () => {
    expect(wasDeliveredLate({ deviceCreatedAt: 0, receivedAt: 10 * 60_000 })).toBe(false);
    expect(wasDeliveredLate({ deviceCreatedAt: 0, receivedAt: 10 * 60_000 + 1 })).toBe(true);
  });
});

describe('store scope', () => {
  it('lets HQ choose any store or all of them', () => {
    expect(effectiveStoreId({ role: 'hq', storeId: null }, 'sh-01')).toBe('sh-01');
    expect(effectiveStoreId({ role: 'hq', storeId: null }, null)).toBeNull();
  });

  it('pins a manager or clerk to their own store whatever was chosen', () => {
    expect(effectiveStoreId({ role: 'manager', storeId: 'bj-01' }, 'sh-01')).toBe('bj-01');
    expect(effectiveStoreId({ role: 'clerk', storeId: 'bj-01' }, null)).toBe('bj-01');
  });

  it('sorts stores by city, then name', () => {
    const store = (id: string, city: string, name: string) =>
      ({ id, city, name, district: 'd', type: 'own' }) as const;
    const sorted = sortStoresForPicker([
      store('a', '上海', '乙店'),
      store('b', '北京', '甲店'),
      store('c', '上海', '甲店'),
    ]);
    expect(sorted.map((s) => s.id)).toEqual(['b', 'c', 'a']);
  });
});

describe('ordersReducer on a refresh of nothing', () => {
  it('shows the loading state rather than a refresh of an empty table', () => {
    const state = ordersReducer(initialOrdersState, {
      type: 'firstPage.requested',
      keepShown: true,
    });
    expect(state.phase).toBe('loading');
  });
});
