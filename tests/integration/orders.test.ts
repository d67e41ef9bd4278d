import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maskIdNumber, ordersResponseSchema, type OrderSummary } from '../../shared';
import { call, signIn } from './support/http-client';
import { dbKinds, startTestServer, type TestServer } from './support/test-server';

describe.each(dbKinds)('the console’s order list on %s', (kind) => {
  let server: TestServer;
  let hq: string;
  beforeAll(async () => {
    server = await startTestServer(kind);
    hq = await signIn(server.url, 'hq', 'showroom-hq');
  });
  afterAll(async () => server?.close());

  async function readAll(cookie: string, query: string): Promise<OrderSummary[]> {
    const orders: OrderSummary[] = [];
    let cursor: string | null = null;
    do {
      const suffix: string = cursor ? `&cursor=${encodeURIComponent(cursor)}` : '';
      const reply = await call(server.url, `/api/orders?${query}${suffix}`, { cookie });
      expect(reply.status).toBe(200);
      const page = ordersResponseSchema.parse(reply.body);
      orders.push(...page.orders);
      cursor = page.cursor;
    } while (cursor);
    return orders;
  }

  it('pages through every store’s orders for HQ, newest first (corrected time), each once', async () => {
    const orders = await readAll(hq, 'limit=7');
    const total = await server.db.selectFrom('orders').select('id').execute();
    expect(orders.length).toBe(total.length);
    expect(new Set(orders.map((o) => o.id)).size).toBe(orders.length);
    const times = orders.map((o) => o.correctedAt);
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(new Set(orders.map((o) => o.storeId)).size).toBeGreaterThan(1);
  });

  it('filters by store and by time range', async () => {
    const xidan = await readAll(hq, 'storeId=bj-xidan&limit=50');
    expect(xidan.length).toBeGreaterThan(0);
    expect(xidan.every((o) => o.storeId === 'bj-xidan')).toBe(true);
    const all = await readAll(hq, 'limit=500');
    const middle = all[Math.floor(all.length / 2)]!.correctedAt;
    const recent = await readAll(hq, `from=${middle}&limit=500`);
    expect(recent.length).toBe(all.filter((o) => o.correctedAt >= middle).length);
    const older = await readAll(hq, `to=${middle}&limit=500`);
    expect(older.length + recent.length).toBe(all.length);
  });

  it('names each order’s handset and plan as the catalogue does', async () => {
    const orders = await readAll(hq, 'limit=500');
    const handsets = new Map(
      (await server.db.selectFrom('handsets').select(['id', 'brand', 'model']).execute()).map(
        (h) => [h.id, `${h.brand} ${h.model}`],
      ),
    );
    const plans = new Map(
      (await server.db.selectFrom('plans').select(['id', 'name_zh', 'name_en']).execute()).map(
        (p) => [p.id, { zh: p.name_zh, en: p.name_en }],
      ),
    );
    expect(orders.some((o) => o.handsetId !== null && o.planId !== null)).toBe(true);
    for (const order of orders) {
      expect(order.handsetName).toBe(order.handsetId ? handsets.get(order.handsetId) : null);
      expect(order.planName).toEqual(order.planId ? plans.get(order.planId) : null);
    }
  });

  it('shows personal data only masked: name and ID masked, no phone at all', async () => {
    const reply = await call(server.url, '/api/orders?limit=500', { cookie: hq });
    const text = JSON.stringify(reply.body);
    const rows = await server.db
      .selectFrom('orders')
      .select(['id', 'customer_name', 'id_number', 'customer_phone'])
      .execute();
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(text).not.toContain(row.id_number);
      expect(text).not.toContain(row.customer_phone);
      expect(text).not.toContain(`"${row.customer_name}"`);
    }
    const first = reply.body.orders[0];
    const row = rows.find((r) => r.id === first.id)!;
    expect(first.idNumberMasked).toBe(maskIdNumber(row.id_number));
    expect(first.customerName).toMatch(/^.\*+$/u);
    expect(first).not.toHaveProperty('customerPhone');
  });

  it('lets a manager or clerk read their own store and nothing else', async () => {
    const manager = await signIn(server.url, 'gz-tianhe-manager', 'showroom-manager');
    const own = await readAll(manager, 'limit=100');
    expect(own.length).toBeGreaterThan(0);
    expect(own.every((o) => o.storeId === 'gz-tianhe')).toBe(true);
    const other = await call(server.url, '/api/orders?storeId=bj-xidan', { cookie: manager });
    expect(other.status).toBe(403);
    expect(other.body.error.code).toBe('forbidden');

    const clerk = await signIn(server.url, 'gz-tianhe-clerk1', 'showroom-clerk');
    expect(
      (await call(server.url, '/api/orders?storeId=gz-tianhe', { cookie: clerk })).status,
    ).toBe(200);
    expect(
      (await call(server.url, '/api/orders?storeId=sz-huaqiangbei', { cookie: clerk })).status,
    ).toBe(403);
    expect((await call(server.url, '/api/orders')).status).toBe(401);
  });

  it('refuses a cursor it did not give out', async () => {
    const reply = await call(server.url, '/api/orders?cursor=bm90LWEtY3Vyc29y', { cookie: hq });
    expect(reply.status).toBe(400);
    expect(reply.body.error.code).toBe('invalid_query');
    expect(reply.body.error.fields.cursor).toBeDefined();
  });
});
