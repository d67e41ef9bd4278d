import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { salesGroupBys, salesReportSchema, storeDayOfInstant } from '../../shared';
import { placeOrderAt, step } from './order-life-helpers';
import { call, enrolKiosk, signIn } from './support/http-client';
import { dbKinds, startTestServer, type TestServer } from './support/test-server';

const storeId = 'gz-tianhe';
const day = 86_400_000;

describe.each(dbKinds)('the sales rollup on %s', (kind) => {
  let server: TestServer;
  let hq: string;
  let clerk: string;
  let token: string;
  beforeAll(async () => {
    server = await startTestServer(kind);
    hq = await signIn(server.url, 'hq', 'showroom-hq');
    token = (await enrolKiosk(server.url, hq, storeId)).token;
    clerk = await signIn(server.url, `${storeId}-clerk1`, 'showroom-clerk');
  });
  afterAll(async () => server?.close());

  const fullKey = [
    'store_day',
    'store_id',
    'status',
    'handset_id',
    'plan_id',
    'bundle_id',
    'clerk_id',
    'zone_id',
  ] as const;
  const rollups = {
    sales_daily: fullKey,
    sales_store_daily: fullKey.slice(0, 3),
  } as const;

  /** Each rollup's rows with orders left, and the same rows recounted from the orders. */
  async function rollupsAndRecounts() {
    const orders = await server.db
      .selectFrom('orders')
      .select([
        'store_id',
        'corrected_at',
        'status',
        'total_fen',
        'handset_id',
        'plan_id',
        'bundle_id',
        'clerk_id',
        'zone_id',
      ])
      .execute();
    const compared = [];
    for (const [table, columns] of Object.entries(rollups)) {
      const recount = new Map<string, { orders: number; total: number }>();
      for (const o of orders) {
        const row: Record<string, unknown> = {
          ...o,
          store_day: Math.floor((o.corrected_at + 8 * 3_600_000) / day),
        };
        const key = columns.map((column) => row[column] ?? '').join('|');
        const sum = recount.get(key) ?? { orders: 0, total: 0 };
        recount.set(key, { orders: sum.orders + 1, total: sum.total + o.total_fen });
      }
      const rows = (await server.db
        .selectFrom(table as 'sales_daily')
        .selectAll()
        .where('orders', '>', 0)
        .execute()) as unknown as Record<string, unknown>[];
      const stored = new Map(
        rows.map((r) => [
          columns.map((column) => r[column]).join('|'),
          { orders: Number(r.orders), total: Number(r.total_fen) },
        ]),
      );
      compared.push({ table, stored, recount });
    }
    return { compared, orders };
  }

  it('stays equal to a recount of the orders after pushes, confirms, activations and cancels', async () => {
    const placed = [];
    for (let i = 0; i < 4; i++) {
      placed.push(
        await placeOrderAt(server.url, server.db, token, {
          storeId,
          stock: 10,
          withNumber: false,
          withClerk: i % 2 === 0,
        }),
      );
    }
    const [a, b, c, d] = placed.map((p) => p.draft.id);
    expect(
      (await step(server.url, clerk, a!, 'confirm', { idChecked: true, paymentTaken: true }))
        .status,
    ).toBe(200);
    expect(
      (await step(server.url, clerk, b!, 'confirm', { idChecked: true, paymentTaken: true }))
        .status,
    ).toBe(200);
    expect((await step(server.url, clerk, b!, 'activate', {})).status).toBe(200);
    expect((await step(server.url, clerk, c!, 'cancel', { reason: 'duplicate' })).status).toBe(200);
    expect(
      (await step(server.url, clerk, d!, 'confirm', { idChecked: true, paymentTaken: true }))
        .status,
    ).toBe(200);
    expect((await step(server.url, clerk, d!, 'activate', {})).status).toBe(200);
    expect((await step(server.url, clerk, d!, 'cancel', { reason: 'early_churn' })).status).toBe(
      200,
    );

    const { compared, orders } = await rollupsAndRecounts();
    for (const { table, stored, recount } of compared) {
      expect(stored.size, table).toBeGreaterThan(0);
      expect(stored, table).toEqual(recount);
    }

    // And the reports read from it still add up to the orders themselves.
    const to = storeDayOfInstant(Date.now());
    const from = storeDayOfInstant(Date.now() - 400 * day + day);
    const inRange = orders.filter(
      (o) => storeDayOfInstant(o.corrected_at) >= from && storeDayOfInstant(o.corrected_at) <= to,
    );
    const expected = {
      orders: inRange.length,
      revenueFen: inRange.reduce((s, o) => s + (o.status === 'cancelled' ? 0 : o.total_fen), 0),
      activated: inRange.filter((o) => o.status === 'activated').length,
      cancelled: inRange.filter((o) => o.status === 'cancelled').length,
    };
    for (const groupBy of salesGroupBys) {
      const reply = await call(
        server.url,
        `/api/reports/sales?from=${from}&to=${to}&groupBy=${groupBy}`,
        { cookie: hq },
      );
      expect(reply.status).toBe(200);
      const report = salesReportSchema.parse(reply.body);
      expect(report.totals, groupBy).toEqual(expected);
      expect(
        report.groups.every((g) => g.orders > 0 || ['day', 'week', 'month'].includes(groupBy)),
      ).toBe(true);
    }
  });
});
