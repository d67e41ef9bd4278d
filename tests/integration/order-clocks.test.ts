import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import {
  dayNumberOf,
  funnelReportSchema,
  ordersResponseSchema,
  storeDayOfInstant,
  storeDayStartMs,
  type OrderSummary,
} from '../../shared';
import { honestDraft, orderMutation } from './support/fixtures';
import { call, enrolKiosk, signIn, type EnrolledKiosk } from './support/http-client';
import { dbKinds, startTestServer, type TestServer } from './support/test-server';

const minute = 60_000;
const day = 24 * 60 * minute;

describe.each(dbKinds)('dating orders by corrected kiosk clocks on %s', (kind) => {
  let server: TestServer;
  let hq: string;
  const store = 'gz-tianhe';
  beforeAll(async () => {
    server = await startTestServer(kind);
    hq = await signIn(server.url, 'hq', 'showroom-hq');
  });
  afterAll(async () => server?.close());

  /** Pushes one order made `ageMs` ago on a kiosk whose clock runs `skewMs` off the server's. */
  async function placeOrder(
    kiosk: EnrolledKiosk,
    clock: { skewMs: number; ageMs: number; sendsSentAt?: boolean },
  ) {
    const deviceNow = Date.now() + clock.skewMs;
    const draft = { ...(await honestDraft(server.db, { storeId: store })) };
    draft.createdAt = deviceNow - clock.ageMs;
    const body: Record<string, unknown> = { mutations: [orderMutation(draft)] };
    if (clock.sendsSentAt !== false) body.sentAt = deviceNow;
    const reply = await call(server.url, '/api/sync/push', { token: kiosk.token, body });
    expect(reply.body.results[0].status).toBe('applied');
    return server.db
      .selectFrom('orders')
      .selectAll()
      .where('id', '=', draft.id)
      .executeTakeFirstOrThrow();
  }

  it('stores device time plus the estimated offset, and trusts a kiosk whose clock is right', async () => {
    const kiosk = await enrolKiosk(server.url, hq, store);
    const order = await placeOrder(kiosk, { skewMs: 0, ageMs: 3 * minute });
    expect(order.clock_suspect).toBeNull();
    // The estimate is the network's latency here: small and never negative.
    expect(order.clock_offset_ms).toBeGreaterThanOrEqual(0);
    expect(order.clock_offset_ms).toBeLessThan(5_000);
    expect(order.corrected_at).toBe(order.device_created_at + (order.clock_offset_ms ?? 0));
  });

  it('corrects a slow kiosk clock by its offset and flags an offset over five minutes', async () => {
    const kiosk = await enrolKiosk(server.url, hq, store);
    const before = Date.now();
    const order = await placeOrder(kiosk, { skewMs: -20 * minute, ageMs: 30_000 });
    expect(order.clock_offset_ms).toBeGreaterThanOrEqual(20 * minute);
    expect(order.clock_offset_ms).toBeLessThan(20 * minute + 10_000);
    // Device time says 20 minutes ago; corrected, the order was placed about 30 s ago.
    expect(order.corrected_at).toBeGreaterThan(before - 45_000);
    expect(order.corrected_at).toBeLessThanOrEqual(order.received_at);
    expect(order.clock_suspect).toBe('clock_offset');

    const devices = await call(server.url, `/api/devices?storeId=${store}`, { cookie: hq });
    const listed = devices.body.devices.find((d: { id: string }) => d.id === kiosk.deviceId);
    expect(listed.clockOffsetMs).toBe(order.clock_offset_ms);

    // A push without sentAt is corrected by the offset estimated last time.
    const later = await placeOrder(kiosk, {
      skewMs: -20 * minute,
      ageMs: 30_000,
      sendsSentAt: false,
    });
    expect(later.clock_offset_ms).toBe(order.clock_offset_ms);
    expect(later.corrected_at).toBe(later.device_created_at + (order.clock_offset_ms ?? 0));
  });

  it('flags an order dated in the future and keeps its corrected time at its arrival', async () => {
    const kiosk = await enrolKiosk(server.url, hq, store);
    const order = await placeOrder(kiosk, { skewMs: 0, ageMs: -2 * 60 * minute });
    expect(order.clock_suspect).toBe('future');
    expect(order.corrected_at).toBe(order.received_at);
  });

  it('flags an order dated more than 30 days before it arrived', async () => {
    const kiosk = await enrolKiosk(server.url, hq, store);
    const stale = await placeOrder(kiosk, { skewMs: 0, ageMs: 31 * day });
    expect(stale.clock_suspect).toBe('distant_past');
    const weekOld = await placeOrder(kiosk, { skewMs: 0, ageMs: 7 * day });
    expect(weekOld.clock_suspect).toBeNull();
  });

  it('lists and filters orders by corrected time, with the flag, for the console', async () => {
    const fast = await enrolKiosk(server.url, hq, store);
    const right = await enrolKiosk(server.url, hq, store);
    const start = Date.now();
    // Placed about 2 minutes ago on a kiosk 30 minutes ahead: device time says the future.
    const ahead = await placeOrder(fast, { skewMs: 30 * minute, ageMs: 2 * minute });
    // Placed 10 minutes ago on a correct kiosk.
    const earlier = await placeOrder(right, { skewMs: 0, ageMs: 10 * minute });
    expect(ahead.device_created_at).toBeGreaterThan(earlier.device_created_at);

    const reply = await call(
      server.url,
      `/api/orders?storeId=${store}&from=${start - 15 * minute}&limit=500`,
      { cookie: hq },
    );
    expect(reply.status).toBe(200);
    const orders: OrderSummary[] = ordersResponseSchema.parse(reply.body).orders;
    const ids = orders.map((o) => o.id);
    expect(ids.indexOf(ahead.id)).toBeGreaterThanOrEqual(0);
    expect(ids.indexOf(ahead.id)).toBeLessThan(ids.indexOf(earlier.id));
    const listed = orders.find((o) => o.id === ahead.id)!;
    expect(listed).toMatchObject({ clockSuspect: 'clock_offset', correctedAt: ahead.corrected_at });
    expect(listed.correctedAt).toBeLessThan(start);

    // From 5 minutes ago: the ahead order (corrected ~2 min ago) is in, the 10-minute one is not.
    const recent = await call(
      server.url,
      `/api/orders?storeId=${store}&from=${start - 5 * minute}&limit=500`,
      { cookie: hq },
    );
    const recentIds = recent.body.orders.map((o: OrderSummary) => o.id);
    expect(recentIds).toContain(ahead.id);
    expect(recentIds).not.toContain(earlier.id);
  });

  it('dates kiosk events by the corrected clock too, so the funnel puts them on the right day', async () => {
    const kiosk = await enrolKiosk(server.url, hq, store);
    // A kiosk whose clock is a day and a half behind: its device times fall on another day.
    const deviceNow = Date.now() - 1.5 * day;
    const views = Array.from({ length: 3 }, (_, i) => ({
      id: randomUUID(),
      type: 'analytics.event',
      createdAt: deviceNow - i * 1_000,
      payload: { name: 'zone.viewed', zoneId: 'zone-travel', experienceId: null, detail: null },
    }));
    const reply = await call(server.url, '/api/sync/push', {
      token: kiosk.token,
      body: { mutations: views, sentAt: deviceNow },
    });
    expect(reply.body.results.map((r: { status: string }) => r.status)).toEqual([
      'applied',
      'applied',
      'applied',
    ]);
    const rows = await server.db
      .selectFrom('analytics_events')
      .select(['device_created_at', 'corrected_at', 'received_at'])
      .where('device_id', '=', kiosk.deviceId)
      .execute();
    expect(rows).toHaveLength(3);
    for (const row of rows) {
      expect(row.corrected_at - row.device_created_at).toBeGreaterThanOrEqual(1.5 * day);
      expect(row.corrected_at).toBeLessThanOrEqual(row.received_at);
    }
    const today = storeDayOfInstant(Date.now());
    const funnel = async (from: string, to: string) =>
      funnelReportSchema.parse(
        (
          await call(server.url, `/api/reports/funnel?from=${from}&to=${to}&storeId=${store}`, {
            cookie: hq,
          })
        ).body,
      );
    const views0 = await server.db
      .selectFrom('analytics_events')
      .select('id')
      .where('store_id', '=', store)
      .where('name', '=', 'zone.viewed')
      .where('zone_id', '=', 'zone-travel')
      .where('corrected_at', '>=', storeDayStartMs(dayNumberOf(today)!))
      .execute();
    const todays = (await funnel(today, today)).zones.find((z) => z.zoneId === 'zone-travel');
    expect(todays?.views).toBe(views0.length);
    expect(views0.length).toBeGreaterThanOrEqual(3);
  });
});
