import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, enrolKiosk, signIn, type EnrolledKiosk } from './support/http-client';
import { honestDraft, orderMutation, storeNumbers } from './support/fixtures';
import { dbKinds, startTestServer, type TestServer } from './support/test-server';

describe.each(dbKinds)('the rules a push is applied by on %s', (kind) => {
  let server: TestServer;
  let kiosk: EnrolledKiosk;
  const store = 'sh-nanjing-road';
  beforeAll(async () => {
    server = await startTestServer(kind);
    const hq = await signIn(server.url, 'hq', 'showroom-hq');
    kiosk = await enrolKiosk(server.url, hq, store);
  });
  afterAll(async () => server?.close());

  const push = (body: unknown, token = kiosk.token) =>
    call(server.url, '/api/sync/push', { token, body });
  const ordersWithId = (id: string) =>
    server.db.selectFrom('orders').selectAll().where('id', '=', id).execute();

  it('rejects a bad payload with a reason while the rest of the batch applies', async () => {
    const good = orderMutation(await honestDraft(server.db, { storeId: store }));
    const badDraft = await honestDraft(server.db, { storeId: store });
    const bad = orderMutation({
      ...badDraft,
      customer: { ...badDraft.customer, idNumber: '110105194912310021' },
    });
    const heartbeat = {
      id: randomUUID(),
      type: 'heartbeat',
      createdAt: Date.now(),
      payload: {
        appVersion: '0.1.0',
        contentCursor: 42,
        outboxDepth: 3,
        lastSyncAt: Date.now(),
        storageUsage: 1000,
        storageQuota: 100000,
        persisted: true,
      },
    };
    const unknownType = {
      id: randomUUID(),
      type: 'order.delete',
      payload: {},
      createdAt: Date.now(),
    };
    const analytics = {
      id: randomUUID(),
      type: 'analytics.event',
      createdAt: Date.now(),
      payload: { name: 'zone.viewed', zoneId: 'zone-business', experienceId: null, detail: null },
    };
    const reply = await push({ mutations: [good, bad, heartbeat, unknownType, analytics] });
    expect(reply.status).toBe(200);
    expect(reply.body.results.map((r: { status: string }) => r.status)).toEqual([
      'applied',
      'rejected',
      'applied',
      'rejected',
      'applied',
    ]);
    expect(reply.body.results[1].reason).toMatch(/customer\.idNumber/);
    expect(reply.body.results[3].reason).toMatch(/Unknown mutation type/);
    expect(await ordersWithId(good.payload.id)).toHaveLength(1);
    expect(await ordersWithId(badDraft.id)).toHaveLength(0);

    const device = await server.db
      .selectFrom('devices')
      .selectAll()
      .where('id', '=', kiosk.deviceId)
      .executeTakeFirstOrThrow();
    expect(device).toMatchObject({
      app_version: '0.1.0',
      content_cursor: 42,
      outbox_depth: 3,
      persisted: 1,
      storage_quota: 100000,
    });
    const events = await server.db
      .selectFrom('analytics_events')
      .selectAll()
      .where('device_id', '=', kiosk.deviceId)
      .execute();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      name: 'zone.viewed',
      zone_id: 'zone-business',
      store_id: store,
    });

    // A rejected mutation retried gets the same rejection, not a second chance.
    const again = await push({ mutations: [bad] });
    expect(again.body.results[0]).toEqual(reply.body.results[1]);
  });

  it('stores the largest numbers a heartbeat may carry', async () => {
    const huge = Number.MAX_SAFE_INTEGER;
    const beat = {
      id: randomUUID(),
      type: 'heartbeat',
      createdAt: Date.now() + 60_000,
      payload: {
        appVersion: 'x'.repeat(40),
        contentCursor: huge,
        outboxDepth: huge,
        lastSyncAt: null,
        storageUsage: huge,
        storageQuota: huge,
        persisted: false,
      },
    };
    const reply = await push({ mutations: [beat] });
    expect(reply.body.results[0].status).toBe('applied');
    const device = await server.db
      .selectFrom('devices')
      .selectAll()
      .where('id', '=', kiosk.deviceId)
      .executeTakeFirstOrThrow();
    expect(device).toMatchObject({
      outbox_depth: huge,
      content_cursor: huge,
      storage_usage: huge,
      persisted: 0,
    });
  });

  it('never lets an older heartbeat overwrite a newer one', async () => {
    const beat = (outboxDepth: number, createdAt: number) => ({
      id: randomUUID(),
      type: 'heartbeat',
      createdAt,
      payload: {
        appVersion: '0.1.0',
        contentCursor: 1,
        outboxDepth,
        lastSyncAt: null,
        storageUsage: null,
        storageQuota: null,
        persisted: null,
      },
    });
    const now = Date.now();
    await push({ mutations: [beat(7, now + 120_000), beat(9, now + 100_000)] });
    const device = await server.db
      .selectFrom('devices')
      .selectAll()
      .where('id', '=', kiosk.deviceId)
      .executeTakeFirstOrThrow();
    expect(device.outbox_depth).toBe(7);
    expect(device.heartbeat_at).toBe(now + 120_000);
  });

  it('answers a tampered price with conflict price_changed and stores no order', async () => {
    const draft = await honestDraft(server.db, { storeId: store });
    const cheaper = draft.lines.map((line) =>
      line.kind === 'handset' ? { ...line, unitFen: 100 } : line,
    );
    const total = cheaper.reduce((sum, line) => sum + line.unitFen * line.quantity, 0);
    const mutation = orderMutation({ ...draft, lines: cheaper, totalFen: Math.max(0, total) });
    const reply = await push({ mutations: [mutation] });
    expect(reply.body.results[0]).toEqual({
      id: mutation.id,
      status: 'conflict',
      reason: 'price_changed',
    });
    expect(await ordersWithId(draft.id)).toHaveLength(0);

    const wrongTotal = orderMutation({ ...draft, totalFen: draft.totalFen - 1 });
    expect((await push({ mutations: [wrongTotal] })).body.results[0].reason).toBe('price_changed');
  });

  it('answers a number sold meanwhile with conflict and up to five alternatives at the same price', async () => {
    const [number] = await storeNumbers(server.db, store);
    const first = orderMutation(await honestDraft(server.db, { storeId: store, number }));
    const loserDraft = await honestDraft(server.db, { storeId: store, number });
    const loser = orderMutation(loserDraft);
    const reply = await push({ mutations: [first, loser] });
    expect(reply.body.results.map((r: { status: string }) => r.status)).toEqual([
      'applied',
      'conflict',
    ]);
    const conflict = reply.body.results[1];
    expect(conflict.reason).toBe('number_unavailable');
    expect(conflict.alternatives.length).toBeGreaterThan(0);
    expect(conflict.alternatives.length).toBeLessThanOrEqual(5);
    expect(conflict.alternatives).not.toContain(number);
    const stillFree = await storeNumbers(server.db, store);
    for (const alternative of conflict.alternatives) expect(stillFree).toContain(alternative);
    expect(await ordersWithId(loserDraft.id)).toHaveLength(0);

    const retried = await push({ mutations: [loser] });
    expect(retried.body.results[0]).toEqual(conflict);
  });

  it('gives a conflict for a number of another store’s pool', async () => {
    const [foreign] = await storeNumbers(server.db, 'cd-chunxi');
    const draft = await honestDraft(server.db, { storeId: store });
    const mutation = orderMutation({
      ...draft,
      number: foreign ?? null,
      lines: [...draft.lines, { kind: 'number', refId: foreign ?? '', unitFen: 0, quantity: 1 }],
    });
    const reply = await push({ mutations: [mutation] });
    expect(reply.body.results[0]).toMatchObject({
      status: 'conflict',
      reason: 'number_unavailable',
    });
    const status = await server.db
      .selectFrom('numbers')
      .select('status')
      .where('number', '=', foreign ?? '')
      .executeTakeFirstOrThrow();
    expect(status.status).toBe('available');
  });

  it('rejects an order for another store, an unknown handset and a reused order id', async () => {
    const foreign = orderMutation(await honestDraft(server.db, { storeId: 'cd-chunxi' }));
    const draft = await honestDraft(server.db, { storeId: store });
    const unknownHandset = orderMutation({
      ...draft,
      id: randomUUID(),
      handsetId: 'no-such-phone',
    });
    const placed = orderMutation(draft);
    const reused = orderMutation(draft); // same order id, new mutation id
    const reply = await push({ mutations: [foreign, unknownHandset, placed, reused] });
    expect(
      reply.body.results.map((r: { status: string; reason?: string }) => [r.status, r.reason]),
    ).toEqual([
      ['rejected', 'wrong_store'],
      ['rejected', 'unknown_handset'],
      ['applied', undefined],
      ['rejected', 'duplicate_order'],
    ]);
    expect(await ordersWithId(foreign.payload.id)).toHaveLength(0);
    expect(await ordersWithId(draft.id)).toHaveLength(1);
  });

  it('records device time, receive time and the estimated clock offset', async () => {
    const draft = await honestDraft(server.db, { storeId: store });
    const mutation = orderMutation(draft);
    const before = Date.now();
    await push({ mutations: [mutation], sentAt: before - 90_000 });
    const applied = await server.db
      .selectFrom('applied_mutations')
      .selectAll()
      .where('mutation_id', '=', mutation.id)
      .executeTakeFirstOrThrow();
    expect(applied.device_created_at).toBe(mutation.createdAt);
    expect(applied.received_at).toBeGreaterThanOrEqual(before);
    const device = await server.db
      .selectFrom('devices')
      .select('clock_offset_ms')
      .where('id', '=', kiosk.deviceId)
      .executeTakeFirstOrThrow();
    expect(device.clock_offset_ms).toBeGreaterThanOrEqual(90_000);
    expect(device.clock_offset_ms).toBeLessThan(100_000);
    const [order] = await ordersWithId(draft.id);
    expect(order?.clock_offset_ms).toBe(device.clock_offset_ms);
  });

  it('keeps a kiosk token out of the console’s APIs', async () => {
    expect((await call(server.url, '/api/orders', { token: kiosk.token })).status).toBe(401);
    expect((await call(server.url, '/api/devices', { token: kiosk.token })).status).toBe(401);
    expect((await call(server.url, '/api/stores', { token: kiosk.token })).status).toBe(401);
  });
});
