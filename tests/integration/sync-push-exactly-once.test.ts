import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, enrolKiosk, signIn, type EnrolledKiosk } from './support/http-client';
import { honestDraft, orderMutation, storeNumbers } from './support/fixtures';
import { dbKinds, startTestServer, type TestServer } from './support/test-server';

describe.each(dbKinds)('pushing orders exactly once on %s', (kind) => {
  let server: TestServer;
  let kiosk: EnrolledKiosk;
  let otherKiosk: EnrolledKiosk;
  const store = 'sh-nanjing-road';
  beforeAll(async () => {
    server = await startTestServer(kind);
    const hq = await signIn(server.url, 'hq', 'showroom-hq');
    kiosk = await enrolKiosk(server.url, hq, store);
    otherKiosk = await enrolKiosk(server.url, hq, 'cd-chunxi');
  });
  afterAll(async () => server?.close());

  const push = (body: unknown, token = kiosk.token) =>
    call(server.url, '/api/sync/push', { token, body });
  const ordersWithId = (id: string) =>
    server.db.selectFrom('orders').selectAll().where('id', '=', id).execute();

  it('applies an order: stored, number sold, kiosks of that store told, result { orderId, ticket }', async () => {
    const [number] = await storeNumbers(server.db, store);
    const draft = await honestDraft(server.db, { storeId: store, number });
    const mutation = orderMutation(draft);
    const reply = await push({ mutations: [mutation], sentAt: Date.now() });
    expect(reply.status).toBe(200);
    expect(reply.body.results).toEqual([
      { id: mutation.id, status: 'applied', result: { orderId: draft.id, ticket: draft.ticket } },
    ]);
    expect(reply.body.serverTime).toBeGreaterThan(Date.now() - 60_000);

    const [order] = await ordersWithId(draft.id);
    expect(order).toMatchObject({
      store_id: store,
      device_id: kiosk.deviceId,
      status: 'received',
      number,
      total_fen: draft.totalFen,
    });
    expect(order?.device_created_at).toBe(draft.createdAt);
    expect(order?.received_at).toBeGreaterThanOrEqual(draft.createdAt);
    const sold = await server.db
      .selectFrom('numbers')
      .select('status')
      .where('number', '=', number ?? '')
      .executeTakeFirstOrThrow();
    expect(sold.status).toBe('sold');
    const events = await server.db
      .selectFrom('order_events')
      .selectAll()
      .where('order_id', '=', draft.id)
      .execute();
    expect(events.map((e) => e.status)).toEqual(['received']);

    // The sale reaches this store's kiosks through the change log, and no other store's.
    const last = await server.db
      .selectFrom('changes')
      .select((eb) => eb.fn.max('seq').as('max'))
      .executeTakeFirstOrThrow();
    const since = Number(last.max) - 1;
    const mine = await call(server.url, `/api/sync/pull?since=${since}`, { token: kiosk.token });
    expect(mine.body.changes).toEqual([
      expect.objectContaining({
        entity: 'number',
        key: number,
        data: expect.objectContaining({ status: 'sold', storeId: store }),
      }),
    ]);
    const theirs = await call(server.url, `/api/sync/pull?since=${since}`, {
      token: otherKiosk.token,
    });
    expect(theirs.body.changes).toEqual([]);
  });

  it('answers a retried mutation with duplicate and the same result, applying nothing twice', async () => {
    const draft = await honestDraft(server.db, { storeId: store });
    const mutation = orderMutation(draft);
    const first = await push({ mutations: [mutation] });
    const second = await push({ mutations: [mutation] });
    expect(first.body.results[0].status).toBe('applied');
    expect(second.body.results[0]).toEqual({ ...first.body.results[0], status: 'duplicate' });
    expect(await ordersWithId(draft.id)).toHaveLength(1);
  });

  it('keeps each order once when the same batch is pushed twice at the same moment', async () => {
    const numbers = await storeNumbers(server.db, store);
    const drafts = await Promise.all([
      honestDraft(server.db, { storeId: store, number: numbers[0] }),
      honestDraft(server.db, { storeId: store, number: numbers[1] }),
      honestDraft(server.db, { storeId: store, planId: null }),
    ]);
    const batch = { mutations: drafts.map((d) => orderMutation(d)), sentAt: Date.now() };
    const replies = await Promise.all([push(batch), push(batch), push(batch)]);
    for (const reply of replies) expect(reply.status).toBe(200);
    for (const [i, draft] of drafts.entries()) {
      expect(await ordersWithId(draft.id)).toHaveLength(1);
      const statuses = replies.map((r) => r.body.results[i].status).sort();
      expect(statuses).toEqual(['applied', 'duplicate', 'duplicate']);
      for (const reply of replies)
        expect(reply.body.results[i].result).toEqual({ orderId: draft.id, ticket: draft.ticket });
    }
    const events = await server.db
      .selectFrom('order_events')
      .select('order_id')
      .where(
        'order_id',
        'in',
        drafts.map((d) => d.id),
      )
      .execute();
    expect(events).toHaveLength(3);
  });

  it('sells a number once when two kiosks of the store race for it', async () => {
    const hq = await signIn(server.url, 'hq', 'showroom-hq');
    const kiosks = [
      kiosk,
      await enrolKiosk(server.url, hq, store),
      await enrolKiosk(server.url, hq, store),
    ];
    const [number] = await storeNumbers(server.db, store);
    const drafts = await Promise.all(
      kiosks.map(() => honestDraft(server.db, { storeId: store, number })),
    );
    const replies = await Promise.all(
      kiosks.map((k, i) => push({ mutations: [orderMutation(drafts[i]!)] }, k.token)),
    );
    const statuses = replies.map((r) => r.body.results[0].status).sort();
    expect(statuses).toEqual(['applied', 'conflict', 'conflict']);
    const orders = await server.db
      .selectFrom('orders')
      .select('id')
      .where('number', '=', number ?? '')
      .execute();
    expect(orders).toHaveLength(1);
  });

  it('applies many kiosks’ pushes at once without losing or failing any', async () => {
    const hq = await signIn(server.url, 'hq', 'showroom-hq');
    const kiosks = await Promise.all(
      Array.from({ length: 6 }, () => enrolKiosk(server.url, hq, store)),
    );
    const numbers = await storeNumbers(server.db, store);
    const batches = await Promise.all(
      kiosks.map(async (_, i) => ({
        mutations: [
          orderMutation(await honestDraft(server.db, { storeId: store, number: numbers[2 * i] })),
          orderMutation(
            await honestDraft(server.db, { storeId: store, number: numbers[2 * i + 1] }),
          ),
        ],
        sentAt: Date.now(),
      })),
    );
    const replies = await Promise.all(kiosks.map((k, i) => push(batches[i], k.token)));
    for (const reply of replies) {
      expect(reply.status).toBe(200);
      expect(reply.body.results.map((r: { status: string }) => r.status)).toEqual([
        'applied',
        'applied',
      ]);
    }
  });
});
