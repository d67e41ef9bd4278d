import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  funnelReportSchema,
  salesGroupBys,
  salesReportSchema,
  storeDayOfInstant,
  todayReportSchema,
} from '../../shared';
import { call, enrolKiosk, signIn } from './support/http-client';
import {
  expectedTotals,
  orderRowsOfRange,
  referenceKeyOf,
  type ReferenceRow,
} from './support/sales-reference';
import { dbKinds, startTestServer, type TestServer } from './support/test-server';

const day = 86_400_000;

describe.each(dbKinds)('sales reports on %s', (kind) => {
  let server: TestServer;
  let hq: string;
  let manager: string;
  let clerk: string;
  const now = Date.now();
  const to = storeDayOfInstant(now);
  const from = storeDayOfInstant(now - 40 * day);
  const range = `from=${from}&to=${to}`;

  beforeAll(async () => {
    server = await startTestServer(kind);
    hq = await signIn(server.url, 'hq', 'showroom-hq');
    manager = await signIn(server.url, 'gz-tianhe-manager', 'showroom-manager');
    clerk = await signIn(server.url, 'gz-tianhe-clerk1', 'showroom-clerk');
    // The demo attributes some orders to the zone whose offer led to them (demo-analytics).
    const fromZones = await server.db
      .selectFrom('orders')
      .select('id')
      .where('zone_id', 'is not', null)
      .execute();
    expect(fromZones.length).toBeGreaterThan(0);
  });
  afterAll(async () => server?.close());

  const ordersInRange = (storeId?: string) => orderRowsOfRange(server.db, { from, to, storeId });
  const keyOf = referenceKeyOf;

  it('totals every order of the range once, cancelled ones left out of revenue', async () => {
    const reply = await call(server.url, `/api/reports/sales?${range}&groupBy=day`, { cookie: hq });
    expect(reply.status).toBe(200);
    const report = salesReportSchema.parse(reply.body);
    const rows = await ordersInRange();
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.some((r) => r.status === 'cancelled')).toBe(true);
    expect(report.totals).toEqual(expectedTotals(rows));
    expect(report.groups).toHaveLength(41);
    expect(report.groups[0]!.key).toBe(from);
    expect(report.groups.at(-1)!.key).toBe(to);
  });

  it.each(salesGroupBys)('groups by %s exactly as a direct sum over the rows', async (groupBy) => {
    const reply = await call(server.url, `/api/reports/sales?${range}&groupBy=${groupBy}`, {
      cookie: hq,
    });
    expect(reply.status).toBe(200);
    const report = salesReportSchema.parse(reply.body);
    const rows = await ordersInRange();
    const expected = new Map<string | null, ReferenceRow[]>();
    for (const row of rows) {
      const key = keyOf[groupBy](row);
      expected.set(key, [...(expected.get(key) ?? []), row]);
    }
    const nonEmpty = report.groups.filter((g) => g.orders > 0);
    expect(nonEmpty.map((g) => g.key).sort()).toEqual([...expected.keys()].sort());
    for (const group of nonEmpty) {
      const { key, name: _name, ...totals } = group;
      expect(totals, `group ${key}`).toEqual(expectedTotals(expected.get(key) ?? []));
    }
    expect(report.totals).toEqual(expectedTotals(rows));
  });

  it('filters by status and by store', async () => {
    const cancelled = salesReportSchema.parse(
      (
        await call(server.url, `/api/reports/sales?${range}&groupBy=store&status=cancelled`, {
          cookie: hq,
        })
      ).body,
    );
    const rows = (await ordersInRange()).filter((r) => r.status === 'cancelled');
    expect(cancelled.totals).toEqual(expectedTotals(rows));
    expect(cancelled.totals.revenueFen).toBe(0);

    const xidan = salesReportSchema.parse(
      (await call(server.url, `/api/reports/sales?${range}&storeId=bj-xidan`, { cookie: hq })).body,
    );
    expect(xidan.storeId).toBe('bj-xidan');
    expect(xidan.totals).toEqual(expectedTotals(await ordersInRange('bj-xidan')));
  });

  it('gives a manager their own store by default, and 403 for another store', async () => {
    const own = await call(server.url, `/api/reports/sales?${range}&groupBy=store`, {
      cookie: manager,
    });
    expect(own.status).toBe(200);
    const report = salesReportSchema.parse(own.body);
    expect(report.storeId).toBe('gz-tianhe');
    expect(report.groups.every((g) => g.key === 'gz-tianhe')).toBe(true);
    expect(report.totals).toEqual(expectedTotals(await ordersInRange('gz-tianhe')));
  });

  const endpoints = [
    `/api/reports/sales?${range}`,
    `/api/reports/sales.csv?${range}`,
    `/api/reports/funnel?${range}`,
    '/api/reports/today?',
  ];

  it.each(endpoints)('applies the role and store matrix to %s', async (path) => {
    const sep = path.endsWith('?') ? '' : '&';
    const status = async (cookie: string | undefined, store?: string, token?: string) =>
      (await call(server.url, `${path}${store ? `${sep}storeId=${store}` : ''}`, { cookie, token }))
        .status;
    expect(await status(hq)).toBe(200);
    expect(await status(hq, 'bj-xidan')).toBe(200);
    expect(await status(manager)).toBe(200);
    expect(await status(manager, 'gz-tianhe')).toBe(200);
    expect(await status(manager, 'bj-xidan')).toBe(403);
    expect(await status(clerk)).toBe(403);
    expect(await status(clerk, 'gz-tianhe')).toBe(403);
    expect(await status(undefined)).toBe(401);
    expect(await status(`sid=${'x'.repeat(40)}`)).toBe(401);
    const kiosk = await enrolKiosk(server.url, hq, 'gz-tianhe');
    expect(await status(undefined, undefined, kiosk.token)).toBe(401);
    expect(await status(undefined, 'gz-tianhe', kiosk.token)).toBe(401);
  });

  it.each([
    ['a missing range', '/api/reports/sales?groupBy=day', 'from'],
    ['a day that does not exist', '/api/reports/sales?from=2026-02-30&to=2026-03-01', 'from'],
    ['an epoch instead of a day', '/api/reports/sales?from=1700000000000&to=2026-03-01', 'from'],
    [
      'a range that ends before it starts',
      '/api/reports/sales?from=2026-03-02&to=2026-03-01',
      'to',
    ],
    ['a range longer than 400 days', '/api/reports/sales?from=2024-01-01&to=2026-03-01', 'to'],
    ['an unknown grouping', `/api/reports/sales?${range}&groupBy=__proto__`, 'groupBy'],
    [
      'SQL in the grouping',
      `/api/reports/sales?${range}&groupBy=store;drop%20table%20orders`,
      'groupBy',
    ],
    ['an unknown status', `/api/reports/sales?${range}&status=lost`, 'status'],
    ['a store id with markup', `/api/reports/sales?${range}&storeId=%3Cscript%3E`, 'storeId'],
    ['a repeated parameter', `/api/reports/sales?${range}&from=${from}`, 'from'],
    ['an unknown parameter', `/api/reports/sales?${range}&limit=5`, 'querystring'],
    ['a CSV in an unknown language', `/api/reports/sales.csv?${range}&lang=fr`, 'lang'],
    ['a funnel without a range', '/api/reports/funnel?storeId=bj-xidan', 'from'],
    ['today with an odd parameter', '/api/reports/today?from=2026-01-01', 'querystring'],
  ])('refuses %s with 400', async (_what, path, field) => {
    const reply = await call(server.url, path, { cookie: hq });
    expect(reply.status).toBe(400);
    expect(reply.body.error.code).toBe('invalid_query');
    expect(Object.keys(reply.body.error.fields).join(' ')).toContain(field);
  });

  it('exports CSV with a BOM and a store name holding a comma and quotes quoted', async () => {
    await server.db
      .updateTable('stores')
      .set({ name: '西单,"旗舰"店' })
      .where('id', '=', 'bj-xidan')
      .execute();
    try {
      const response = await fetch(
        `${server.url}/api/reports/sales.csv?${range}&groupBy=store&lang=zh`,
        { headers: { cookie: hq } },
      );
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      expect(response.headers.get('content-disposition')).toContain(
        `sales-all-store-${from}-${to}.csv`,
      );
      const bytes = new Uint8Array(await response.arrayBuffer());
      expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
      const lines = text.slice(1).split('\r\n');
      expect(lines[0]).toBe('分组,名称,订单数,销售额（元）,已开通,已取消');
      const xidan = lines.find((line) => line.startsWith('bj-xidan,'));
      expect(xidan).toMatch(/^bj-xidan,"西单,""旗舰""店",\d+,\d+\.\d{2},\d+,\d+$/);
      expect(lines.at(-1)).toBe('');
      expect(lines.at(-2)).toMatch(/^,合计,/);
    } finally {
      await server.db
        .updateTable('stores')
        .set({ name: '北京西单旗舰店' })
        .where('id', '=', 'bj-xidan')
        .execute();
    }
  });

  it('counts the funnel per zone and store: views, plays, taps, then orders from the zone', async () => {
    const zone = (await server.db.selectFrom('zones').select('id').orderBy('sort').execute())[0]!
      .id;
    const device = (await server.db
      .selectFrom('devices')
      .select('id')
      .where('store_id', '=', 'gz-tianhe')
      .executeTakeFirstOrThrow())!.id;
    const before = funnelReportSchema.parse(
      (await call(server.url, `/api/reports/funnel?${range}`, { cookie: manager })).body,
    );
    // The demo's kiosks browsed before they sold: every order from a zone had its tap.
    expect(before.totals.views).toBeGreaterThan(before.totals.plays);
    expect(before.totals.plays).toBeGreaterThan(before.totals.taps);
    expect(before.totals.taps).toBeGreaterThanOrEqual(before.totals.orders);
    const event = (name: string, zoneId: string | null = zone) => ({
      device_id: device,
      store_id: 'gz-tianhe',
      name,
      zone_id: zoneId,
      experience_id: null,
      detail: null,
      device_created_at: now - 3_600_000,
      received_at: now,
      corrected_at: now - 3_600_000,
    });
    await server.db
      .insertInto('analytics_events')
      .values([
        ...Array.from({ length: 10 }, () => event('zone.viewed')),
        ...Array.from({ length: 4 }, () => event('experience.started')),
        ...Array.from({ length: 2 }, () => event('getThis.tapped')),
        event('experience.finished'),
        event('zone.viewed', null),
      ])
      .execute();
    const after = funnelReportSchema.parse(
      (await call(server.url, `/api/reports/funnel?${range}`, { cookie: manager })).body,
    );
    expect(after.storeId).toBe('gz-tianhe');
    expect(after.stores.map((s) => s.storeId)).toEqual(['gz-tianhe']);
    const was = before.zones.find((z) => z.zoneId === zone)!;
    const is = after.zones.find((z) => z.zoneId === zone)!;
    expect([is.views - was.views, is.plays - was.plays, is.taps - was.taps]).toEqual([10, 4, 2]);
    const zoneOrders = (await ordersInRange('gz-tianhe')).filter((r) => r.zone_id === zone);
    expect(is.orders).toBe(zoneOrders.length);
    expect(is.playRate).toBeCloseTo(is.plays / is.views);
    expect(is.orderRate).toBe(is.taps > 0 ? is.orders / is.taps : null);

    const all = funnelReportSchema.parse(
      (await call(server.url, `/api/reports/funnel?${range}`, { cookie: hq })).body,
    );
    expect(all.stores.length).toBe(server.demo.stores);
    const allOrders = (await ordersInRange()).filter((r) => r.zone_id !== null).length;
    expect(all.totals.orders).toBe(allOrders);
  });

  it('shows today so far by hour, and the newest orders without personal data', async () => {
    const template = await server.db
      .selectFrom('orders')
      .selectAll()
      .where('store_id', '=', 'gz-tianhe')
      .executeTakeFirstOrThrow();
    const id = randomUUID();
    await server.db
      .insertInto('orders')
      .values({
        ...template,
        id,
        ticket: `T${id.slice(0, 7)}`,
        status: 'received',
        corrected_at: Date.now() - 1_000,
        device_created_at: Date.now() - 1_000,
        customer_name: '测试顾客甲',
        total_fen: 123_45,
      })
      .execute();
    const reply = await call(server.url, '/api/reports/today', { cookie: manager });
    expect(reply.status).toBe(200);
    const today = todayReportSchema.parse(reply.body);
    expect(today.day).toBe(storeDayOfInstant(Date.now()));
    expect(today.byHour).toHaveLength(24);
    expect(today.latest[0]!.ticket).toBe(`T${id.slice(0, 7)}`);
    expect(today.latest[0]!.totalFen).toBe(123_45);
    expect(today.latest.every((o) => o.storeId === 'gz-tianhe')).toBe(true);
    expect(today.totals.orders).toBe(today.byHour.reduce((sum, h) => sum + h.orders, 0));
    const text = JSON.stringify(reply.body);
    expect(text).not.toContain('测试顾客甲');
    expect(text).not.toContain(template.id_number);
    expect(text).not.toContain(template.customer_phone);
  });
});
