import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changeSchema, orderLineSchema } from '../../shared';
import { seedDemo, type DemoSummary } from '../../server/seed/seed-demo';
import { call, enrolKiosk, signIn } from './support/http-client';
import { admin, dbKinds, startTestServer, type TestServer } from './support/test-server';

describe.each(dbKinds)('the full demo on %s', (kind) => {
  let server: TestServer;
  let summary: DemoSummary;
  beforeAll(async () => {
    server = await startTestServer(kind, { seed: false });
    summary = await seedDemo(server.db, { adminLogin: admin.login, adminPassword: admin.password });
  }, 120_000);
  afterAll(async () => server?.close());

  // How long it takes is the bench's business (performance is never asserted in a test).
  it('seeds stores, people, zones, all 1,219 handsets, plans, numbers and orders', async () => {
    expect(summary).toMatchObject({ stores: 5, handsets: 1219 });
    const count = async (
      table: 'stores' | 'users' | 'zones' | 'experiences' | 'plans' | 'handsets',
    ) => (await server.db.selectFrom(table).select('id').execute()).length;
    expect(await count('stores')).toBe(5);
    expect(await count('users')).toBe(1 + 5 * 3);
    expect(await count('zones')).toBe(5);
    expect(await count('experiences')).toBeGreaterThanOrEqual(15);
    expect(await count('plans')).toBeGreaterThanOrEqual(8);
    expect(await count('handsets')).toBe(1219);
    const stores = await server.db.selectFrom('stores').select('type').execute();
    expect(new Set(stores.map((s) => s.type))).toEqual(new Set(['own', 'partner']));
  });

  it('prices handsets believably in whole ¥x99 and nice numbers above ordinary ones', async () => {
    const prices = (await server.db.selectFrom('handsets').select('price_fen').execute()).map(
      (h) => h.price_fen,
    );
    for (const fen of prices) {
      expect(fen % 100).toBe(0);
      expect((fen / 100) % 100).toBe(99);
      expect(fen).toBeGreaterThanOrEqual(29_900);
      expect(fen).toBeLessThanOrEqual(999_900);
    }
    const numbers = await server.db
      .selectFrom('numbers')
      .select(['price_fen', 'store_id'])
      .execute();
    expect(numbers.length).toBeGreaterThanOrEqual(5 * 200);
    expect(numbers.filter((n) => n.price_fen > 0).length).toBeGreaterThan(50);
  });

  it('has months of orders whose lines add up and whose numbers are sold', async () => {
    const orders = await server.db.selectFrom('orders').selectAll().execute();
    expect(orders.length).toBeGreaterThanOrEqual(2000);
    const spanDays =
      (Math.max(...orders.map((o) => o.device_created_at)) -
        Math.min(...orders.map((o) => o.device_created_at))) /
      86_400_000;
    expect(spanDays).toBeGreaterThan(90);
    const sold = new Set(
      (
        await server.db
          .selectFrom('numbers')
          .select('number')
          .where('status', '=', 'sold')
          .execute()
      ).map((n) => n.number),
    );
    for (const order of orders) {
      const lines = orderLineSchema.array().parse(JSON.parse(order.lines));
      expect(lines.reduce((sum, line) => sum + line.unitFen * line.quantity, 0)).toBe(
        order.total_fen,
      );
      if (order.number && order.status !== 'cancelled') expect(sold.has(order.number)).toBe(true);
    }
  });

  it('publishes every content row through the change log in the contract’s shape', async () => {
    const kiosk = await enrolKiosk(
      server.url,
      await signIn(server.url, 'hq', 'showroom-hq'),
      'bj-xidan',
    );
    let since = 0;
    let handsets = 0;
    for (;;) {
      const reply = await call(server.url, `/api/sync/pull?since=${since}&limit=1000`, {
        token: kiosk.token,
      });
      expect(reply.status).toBe(200);
      for (const change of reply.body.changes) {
        const parsed = changeSchema.parse(change);
        if (parsed.entity === 'handset') handsets++;
      }
      since = reply.body.cursor;
      if (!reply.body.more) break;
    }
    expect(handsets).toBe(1219);
  });
});
