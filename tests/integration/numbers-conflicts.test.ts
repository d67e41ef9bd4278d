import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OrderDraft } from '../../shared';
import { call, enrolKiosk, signIn, type EnrolledKiosk } from './support/http-client';
import { honestDraft, orderMutation, storeNumbers } from './support/fixtures';
import {
  clerkOf,
  hold,
  managerOf,
  numberRow,
  ordersOfNumber,
  pushDrafts,
} from './support/number-book';
import { dbKinds, startTestServer, type TestServer } from './support/test-server';

describe.each(dbKinds)('the number conflict queue on %s', (kind) => {
  let server: TestServer;
  let hq: string;
  let winner: EnrolledKiosk;
  let loser: EnrolledKiosk;
  let bystander: EnrolledKiosk;
  const store = 'cd-chunxi';
  let lostOrder: OrderDraft;
  let secondLost: OrderDraft;
  const list = (cookie: string, query = '') =>
    call(server.url, `/api/numbers/conflicts${query}`, { cookie });
  const resolve = (cookie: string, id: string, body: unknown) =>
    call(server.url, `/api/numbers/conflicts/${id}/resolve`, { cookie, body });
  const conflictRows = (id: string) =>
    server.db.selectFrom('number_conflicts').selectAll().where('id', '=', id).execute();

  /** A number sold by `winner`, then lost by `loser`'s order for it. */
  async function loseNumber(number: string): Promise<OrderDraft> {
    const won = await honestDraft(server.db, { storeId: store, number });
    expect((await pushDrafts(server.url, winner.token, [won]))[0]?.status).toBe('applied');
    const lost = await honestDraft(server.db, { storeId: store, number });
    const lostAnswer = (await pushDrafts(server.url, loser.token, [lost]))[0];
    expect(lostAnswer?.status).toBe('conflict');
    return lost;
  }

  beforeAll(async () => {
    server = await startTestServer(kind);
    hq = await signIn(server.url, 'hq', 'showroom-hq');
    winner = await enrolKiosk(server.url, hq, store);
    loser = await enrolKiosk(server.url, hq, store);
    bystander = await enrolKiosk(server.url, hq, store);
    const available = await storeNumbers(server.db, store);
    lostOrder = await loseNumber(available[0]!);
    secondLost = await loseNumber(available[1]!);
  });
  afterAll(async () => server?.close());

  it('records a lost order once, however often it is pushed again', async () => {
    const mutation = orderMutation(lostOrder);
    for (let i = 0; i < 2; i++) {
      const reply = await call(server.url, '/api/sync/push', {
        token: loser.token,
        body: { mutations: [mutation] },
      });
      expect(reply.body.results[0].status).toBe('conflict');
    }
    // The same order under a fresh mutation id, as a kiosk that lost its outbox entry sends it.
    await call(server.url, '/api/sync/push', {
      token: loser.token,
      body: { mutations: [orderMutation(lostOrder, randomUUID())] },
    });
    const rows = await conflictRows(lostOrder.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ status: 'open', number: lostOrder.number, store_id: store });
  });

  it("shows the store's conflicts to its clerk, masked but with the phone to call back", async () => {
    const reply = await list(await clerkOf(server.url, store));
    expect(reply.status).toBe(200);
    expect(reply.body.conflicts.map((c: { id: string }) => c.id)).toEqual([
      lostOrder.id,
      secondLost.id,
    ]);
    const [first] = reply.body.conflicts;
    expect(first).toMatchObject({
      storeId: store,
      deviceId: loser.deviceId,
      ticket: lostOrder.ticket,
      number: lostOrder.number,
      tierId: (await numberRow(server.db, lostOrder.number!))?.tier_id,
      customerName: '张*',
      contactPhone: lostOrder.customer.phone,
      totalFen: lostOrder.totalFen,
      status: 'open',
      resolvedAt: null,
    });
    expect(first.alternatives.length).toBeGreaterThan(0);
    expect(JSON.stringify(reply.body)).not.toContain(lostOrder.customer.idNumber);
  });

  it('refuses the conflicts of another store, and shows HQ every store', async () => {
    const otherClerk = await clerkOf(server.url, 'bj-xidan');
    expect((await list(otherClerk, `?storeId=${store}`)).status).toBe(403);
    expect((await list(otherClerk)).body.conflicts).toEqual([]);
    const otherManager = await managerOf(server.url, 'bj-xidan');
    expect((await list(otherManager, `?storeId=${store}`)).status).toBe(403);
    const everyStore = await list(hq, '?status=open');
    expect(everyStore.body.conflicts).toHaveLength(2);
    const resolveElsewhere = await resolve(otherManager, lostOrder.id, {
      action: 'cancel',
      note: 'not ours',
    });
    expect(resolveElsewhere.status).toBe(403);
    expect((await conflictRows(lostOrder.id))[0]?.status).toBe('open');
  });

  it('reassigns a conflict to an available number: exactly one order, the number sold', async () => {
    const clerk = await clerkOf(server.url, store);
    const sold = lostOrder.number!;
    const refusedSold = await resolve(clerk, lostOrder.id, { action: 'reassign', number: sold });
    expect(refusedSold.status).toBe(409);
    expect(refusedSold.body.error.code).toBe('numberUnavailable');

    const [heldElsewhere, free] = (await storeNumbers(server.db, store)).slice(-2) as [
      string,
      string,
    ];
    expect((await hold(server.url, bystander.token, heldElsewhere)).status).toBe(200);
    const refusedHeld = await resolve(clerk, lostOrder.id, {
      action: 'reassign',
      number: heldElsewhere,
    });
    expect(refusedHeld.status).toBe(409);
    expect(refusedHeld.body.error.code).toBe('numberHeld');
    expect((await conflictRows(lostOrder.id))[0]?.status).toBe('open');
    expect(await ordersOfNumber(server.db, free)).toEqual([]);

    const reply = await resolve(clerk, lostOrder.id, { action: 'reassign', number: free });
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({ status: 'reassigned', resolution: free });
    expect(await ordersOfNumber(server.db, free)).toEqual([{ id: lostOrder.id, number: free }]);
    expect((await numberRow(server.db, free))?.status).toBe('sold');

    const orders = await call(server.url, `/api/orders?storeId=${store}&limit=200`, {
      cookie: await managerOf(server.url, store),
    });
    expect(orders.body.orders.filter((o: { id: string }) => o.id === lostOrder.id)).toMatchObject([
      { number: free, ticket: lostOrder.ticket },
    ]);

    const again = await resolve(clerk, lostOrder.id, { action: 'reassign', number: free });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('conflictResolved');
    expect(await ordersOfNumber(server.db, free)).toHaveLength(1);
  });

  it('cancels a conflict with a note, once', async () => {
    const manager = await managerOf(server.url, store);
    expect((await resolve(manager, secondLost.id, { action: 'cancel', note: '  ' })).status).toBe(
      400,
    );
    const reply = await resolve(manager, secondLost.id, {
      action: 'cancel',
      note: 'The customer took another shop',
    });
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({
      status: 'cancelled',
      resolution: 'The customer took another shop',
      resolvedAt: expect.any(Number),
    });
    const again = await resolve(manager, secondLost.id, { action: 'cancel', note: 'again' });
    expect(again.status).toBe(409);
    expect(
      await server.db.selectFrom('orders').select('id').where('id', '=', secondLost.id).execute(),
    ).toEqual([]);
    expect((await list(manager, '?status=open')).body.conflicts).toEqual([]);
    expect((await resolve(manager, randomUUID(), { action: 'cancel', note: 'x' })).status).toBe(
      404,
    );
  });

  it('closes the conflict of an order that comes again and is placed after all', async () => {
    const [lostNumber, free] = (await storeNumbers(server.db, store)) as [string, string];
    const third = await loseNumber(lostNumber);
    expect((await conflictRows(third.id))[0]?.status).toBe('open');
    // The kiosk sends the same order again, with another number, under a new mutation id.
    const retry = {
      ...(await honestDraft(server.db, { storeId: store, number: free })),
      id: third.id,
      ticket: third.ticket,
    };
    const [answer] = await pushDrafts(server.url, loser.token, [retry]);
    expect(answer?.status).toBe('applied');
    expect((await conflictRows(third.id))[0]).toMatchObject({
      status: 'reassigned',
      resolution: free,
      resolved_by: `device:${loser.deviceId}`,
    });
    const clerk = await clerkOf(server.url, store);
    const late = await resolve(clerk, third.id, { action: 'cancel', note: 'too late' });
    expect(late.status).toBe(409);
    expect(late.body.error.code).toBe('conflictResolved');
    expect(
      await server.db.selectFrom('orders').select('number').where('id', '=', third.id).execute(),
    ).toEqual([{ number: free }]);
  });
});
