import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { followUpSchema, type OrderDraft } from '../../shared';
import { handsetOf, handsetPut } from './support/content-fixtures';
import { countRows, honestDraft, orderMutation, storeNumbers } from './support/fixtures';
import { call, enrolKiosk, signIn, type EnrolledKiosk } from './support/http-client';
import { clerkOf, managerOf, numberRow, pushDrafts } from './support/number-book';
import { dbKinds, startTestServer, type TestServer } from './support/test-server';

/**
 * Issue #7: every order conflict waits in the store's conflict queue, not only a lost number. A
 * kiosk offline while HQ changed a price pushes yesterday's total; the clerk places the order at
 * today's prices once the customer agreed at the counter, or cancels it; an order whose number
 * now needs a dearer plan gets a number its plan allows. The customer's ticket says all along
 * that the order waits at the counter, never "not found".
 */
describe.each(dbKinds)('order conflicts in the store’s queue on %s', (kind) => {
  let server: TestServer;
  let hq: string;
  let kiosk: EnrolledKiosk;
  let clerk: string;
  const store = 'sh-nanjing-road';
  let handsetId = '';
  /** Orders priced with yesterday's handset price, pushed after HQ changed it. */
  let stale: OrderDraft;
  let staleToCancel: OrderDraft;
  let todayTotalFen = 0;

  const push = (mutation: ReturnType<typeof orderMutation>) =>
    call(server.url, '/api/sync/push', { token: kiosk.token, body: { mutations: [mutation] } });
  const resolve = (cookie: string, id: string, body: unknown) =>
    call(server.url, `/api/numbers/conflicts/${id}/resolve`, { cookie, body });
  const conflictRows = (id: string) =>
    server.db.selectFrom('number_conflicts').selectAll().where('id', '=', id).execute();
  const ordersWithId = (id: string) =>
    server.db
      .selectFrom('orders')
      .select(['id', 'total_fen', 'number'])
      .where('id', '=', id)
      .execute();
  const follow = async (ticket: string) => (await call(server.url, `/api/follow/${ticket}`)).body;

  beforeAll(async () => {
    server = await startTestServer(kind);
    hq = await signIn(server.url, 'hq', 'showroom-hq');
    kiosk = await enrolKiosk(server.url, hq, store);
    clerk = await clerkOf(server.url, store);
    const handset = await handsetOf(server.db);
    handsetId = handset.id;
    const [first, second] = await storeNumbers(server.db, store);
    // Yesterday: the kiosk prices two orders offline with the price it last pulled.
    stale = await honestDraft(server.db, { storeId: store, handsetId, number: first });
    staleToCancel = await honestDraft(server.db, { storeId: store, handsetId, number: second });
    // Today: HQ raises the handset's price in every store.
    const published = await call(server.url, '/api/content/versions', {
      cookie: hq,
      body: {
        note: 'New price',
        storeIds: null,
        changes: [handsetPut({ ...handset, priceFen: handset.priceFen + 200_00 })],
      },
    });
    expect(published.status).toBe(200);
    todayTotalFen = (await honestDraft(server.db, { storeId: store, handsetId, number: first }))
      .totalFen;
    expect(todayTotalFen).not.toBe(stale.totalFen);
  });
  afterAll(async () => server?.close());

  it('records a price conflict once, with both totals, however often the push comes', async () => {
    const mutation = orderMutation(stale);
    for (let i = 0; i < 2; i++) {
      const reply = await push(mutation);
      expect(reply.body.results[0]).toEqual({
        id: mutation.id,
        status: 'conflict',
        reason: 'price_changed',
      });
    }
    // The same order under a fresh mutation id, as a kiosk that lost its outbox entry sends it.
    expect((await push(orderMutation(stale, randomUUID()))).body.results[0].status).toBe(
      'conflict',
    );
    const rows = await conflictRows(stale.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      status: 'open',
      reason: 'price_changed',
      store_id: store,
      ticket: stale.ticket,
      today_total_fen: todayTotalFen,
    });
    expect(await ordersWithId(stale.id)).toEqual([]);

    const listed = await call(server.url, `/api/numbers/conflicts?storeId=${store}`, {
      cookie: clerk,
    });
    expect(listed.body.conflicts).toEqual([
      expect.objectContaining({
        id: stale.id,
        reason: 'price_changed',
        number: stale.number,
        totalFen: stale.totalFen,
        todayTotalFen,
        alternatives: [],
        customerName: '张*',
      }),
    ]);
    expect(JSON.stringify(listed.body)).not.toContain(stale.customer.idNumber);
  });

  it('tells the ticket’s follow-up page the order waits for a clerk, and nothing personal', async () => {
    const page = await call(server.url, `/t/${stale.ticket}`);
    expect(page.status).toBe(200);
    const html = page.body as string;
    expect(html).toContain('data-status="atCounter"');
    expect(html).toContain('等待店员处理');
    for (const secret of [
      stale.customer.name,
      stale.customer.idNumber,
      stale.customer.phone,
      stale.number!,
    ]) {
      expect(html).not.toContain(secret);
    }
    const english = await call(server.url, `/t/${stale.ticket}?lang=en`);
    expect(english.body).toContain('Waiting for a clerk');
    const facts = followUpSchema.parse(await follow(stale.ticket));
    expect(facts).toMatchObject({ ticket: stale.ticket, status: 'atCounter', steps: [] });
  });

  it('refuses a hostile or invalid resolution with 400, and another store’s clerk with 403, changing nothing', async () => {
    const otherClerk = await clerkOf(server.url, 'bj-xidan');
    const before = await countRows(server.db);
    const bodies: unknown[] = [
      {},
      [],
      { action: 'place' },
      { action: 'place', totalFen: -1 },
      { action: 'place', totalFen: 1.5 },
      { action: 'place', totalFen: '1; drop table orders' },
      { action: 'place', totalFen: Number.MAX_SAFE_INTEGER },
      { action: 'placeEverything', totalFen: todayTotalFen },
      { action: 'reassign', number: "'; delete from numbers; --" },
      { action: 'cancel', note: '' },
      { action: 'cancel', note: 'x'.repeat(501) },
      { action: { $ne: null } },
    ];
    for (const body of bodies) {
      const reply = await resolve(clerk, stale.id, body);
      expect(reply.status, JSON.stringify(body)).toBe(400);
    }
    const elsewhere = await resolve(otherClerk, stale.id, {
      action: 'place',
      totalFen: todayTotalFen,
    });
    expect(elsewhere.status).toBe(403);
    expect(await countRows(server.db)).toEqual(before);
    expect((await conflictRows(stale.id))[0]?.status).toBe('open');
  });

  it('refuses to place at a total the prices of today do not give', async () => {
    const reply = await resolve(clerk, stale.id, { action: 'place', totalFen: stale.totalFen });
    expect(reply.status).toBe(409);
    expect(reply.body.error.code).toBe('priceMoved');
    expect((await conflictRows(stale.id))[0]?.status).toBe('open');
    expect(await ordersWithId(stale.id)).toEqual([]);
  });

  it('quotes an open price conflict at the prices of now when HQ moves the price again', async () => {
    const listedTotal = async () => {
      const listed = await call(server.url, `/api/numbers/conflicts?storeId=${store}`, {
        cookie: clerk,
      });
      expect(listed.status).toBe(200);
      return listed.body.conflicts.find((c: { id: string }) => c.id === stale.id)?.todayTotalFen;
    };
    const setPrice = async (priceFen: number) => {
      const handset = await handsetOf(server.db, handsetId);
      const reply = await call(server.url, '/api/content/versions', {
        cookie: hq,
        body: {
          note: 'Price again',
          storeIds: null,
          changes: [handsetPut({ ...handset, priceFen })],
        },
      });
      expect(reply.status).toBe(200);
      return handset.priceFen;
    };
    const price = await setPrice((await handsetOf(server.db, handsetId)).priceFen + 50_00);
    expect(await listedTotal()).toBe(todayTotalFen + 50_00);
    const stalePlace = await resolve(clerk, stale.id, { action: 'place', totalFen: todayTotalFen });
    expect(stalePlace.status).toBe(409);
    expect(stalePlace.body.error.code).toBe('priceMoved');
    await setPrice(price);
    expect(await listedTotal()).toBe(todayTotalFen);
  });

  it('places the order at today’s prices once the customer agreed: one order, the conflict closed', async () => {
    const reply = await resolve(clerk, stale.id, { action: 'place', totalFen: todayTotalFen });
    expect(reply.status).toBe(200);
    const me = await call(server.url, '/api/auth/me', { cookie: clerk });
    expect(reply.body).toMatchObject({
      id: stale.id,
      status: 'placed',
      resolution: null,
      resolvedAt: expect.any(Number),
      resolvedBy: me.body.user.id,
    });
    expect(await ordersWithId(stale.id)).toEqual([
      { id: stale.id, total_fen: todayTotalFen, number: stale.number },
    ]);
    expect((await numberRow(server.db, stale.number!))?.status).toBe('sold');
    expect(followUpSchema.parse(await follow(stale.ticket)).status).toBe('received');
    expect((await call(server.url, `/t/${stale.ticket}`)).body).toContain('已收到');

    const again = await resolve(clerk, stale.id, { action: 'place', totalFen: todayTotalFen });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('conflictResolved');
    // The kiosk's retry gets its stored answer; the order stays one.
    expect((await push(orderMutation(stale))).body.results[0].status).not.toBe('applied');
    expect(await ordersWithId(stale.id)).toHaveLength(1);
    expect(await conflictRows(stale.id)).toHaveLength(1);
  });

  it('cancels a price conflict with a note, and the ticket says cancelled', async () => {
    expect((await pushDrafts(server.url, kiosk.token, [staleToCancel]))[0]?.reason).toBe(
      'price_changed',
    );
    const manager = await managerOf(server.url, store);
    const reply = await resolve(manager, staleToCancel.id, {
      action: 'cancel',
      note: 'The customer would not pay the new price',
    });
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({ status: 'cancelled', resolvedAt: expect.any(Number) });
    expect(await ordersWithId(staleToCancel.id)).toEqual([]);
    expect((await numberRow(server.db, staleToCancel.number!))?.status).toBe('available');
    const facts = followUpSchema.parse(await follow(staleToCancel.ticket));
    expect(facts.status).toBe('cancelled');
    expect((await call(server.url, `/t/${staleToCancel.ticket}`)).body).toContain('已取消');
    const late = await resolve(manager, staleToCancel.id, {
      action: 'place',
      totalFen: todayTotalFen,
    });
    expect(late.status).toBe(409);
  });

  it('gives an order whose number now needs a dearer plan a number its plan allows', async () => {
    const [chosen, alsoDear] = (await storeNumbers(server.db, store)).slice(-2) as [string, string];
    const draft = await honestDraft(server.db, { storeId: store, handsetId, number: chosen });
    // HQ raised the minimum plan of these numbers' tier since the kiosk last synced.
    await server.db
      .updateTable('numbers')
      .set({ min_plan_fee_fen: 500_00 })
      .where('number', 'in', [chosen, alsoDear])
      .execute();
    const mutation = orderMutation(draft);
    for (let i = 0; i < 2; i++) {
      expect((await push(mutation)).body.results[0]).toEqual({
        id: mutation.id,
        status: 'conflict',
        reason: 'number_needs_plan',
      });
    }
    const [row] = await conflictRows(draft.id);
    expect(row).toMatchObject({ reason: 'number_needs_plan', status: 'open', number: chosen });
    const alternatives = JSON.parse(row!.alternatives) as string[];
    expect(alternatives.length).toBeGreaterThan(0);
    const allowed = await server.db
      .selectFrom('numbers')
      .select(['number', 'min_plan_fee_fen', 'status'])
      .where('number', 'in', alternatives)
      .execute();
    for (const number of allowed) {
      expect(number).toMatchObject({ status: 'available' });
      expect(number.min_plan_fee_fen).toBeLessThanOrEqual(186_00);
    }
    expect(followUpSchema.parse(await follow(draft.ticket)).status).toBe('atCounter');

    const placeAsIs = await resolve(clerk, draft.id, { action: 'place', totalFen: draft.totalFen });
    expect(placeAsIs.status).toBe(409);
    expect(placeAsIs.body.error.code).toBe('actionNotAllowed');
    const tooDear = await resolve(clerk, draft.id, { action: 'reassign', number: alsoDear });
    expect(tooDear.status).toBe(409);
    expect(tooDear.body.error.code).toBe('orderNotPlaceable');
    expect((await conflictRows(draft.id))[0]?.status).toBe('open');

    const given = alternatives[0]!;
    const reply = await resolve(clerk, draft.id, { action: 'reassign', number: given });
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({ status: 'reassigned', resolution: given });
    const expected = await honestDraft(server.db, { storeId: store, handsetId, number: given });
    expect(await ordersWithId(draft.id)).toEqual([
      { id: draft.id, total_fen: expected.totalFen, number: given },
    ]);
    expect(followUpSchema.parse(await follow(draft.ticket)).status).toBe('received');
  });
});
