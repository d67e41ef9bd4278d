import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commissionLines, commissionPeriod, orderDetailResponseSchema } from '../../shared';
import { readCommissionRules } from '../../server/commission/rules-repo';
import { commissionFactsOf } from '../../server/orders/order-facts';
import { lifeOf, placeOrderAt, step, stockOf } from './order-life-helpers';
import { call, enrolKiosk, signIn, type EnrolledKiosk } from './support/http-client';
import { pullAll } from './support/number-book';
import { dbKinds, startTestServer, type TestServer } from './support/test-server';

const storeId = 'gz-tianhe';

describe.each(dbKinds)('an order’s life in the store on %s', (kind) => {
  let server: TestServer;
  let kiosk: EnrolledKiosk;
  let clerk: string;
  let clerkId: string;
  beforeAll(async () => {
    server = await startTestServer(kind);
    const hq = await signIn(server.url, 'hq', 'showroom-hq');
    kiosk = await enrolKiosk(server.url, hq, storeId);
    clerk = await signIn(server.url, `${storeId}-clerk1`, 'showroom-clerk');
    clerkId = (
      await server.db
        .selectFrom('users')
        .select('id')
        .where('login', '=', `${storeId}-clerk1`)
        .executeTakeFirstOrThrow()
    ).id;
  });
  afterAll(async () => server?.close());

  it('confirms (stock taken and published), activates (commission earned), cancels (all given back)', async () => {
    const { draft, handsetId, number } = await placeOrderAt(server.url, server.db, kiosk.token, {
      storeId,
      stock: 3,
    });
    const { cursor } = await pullAll(server.url, kiosk.token);

    const confirmed = await step(server.url, clerk, draft.id, 'confirm', {
      idChecked: true,
      paymentTaken: true,
    });
    expect(confirmed.status).toBe(200);
    const detail = orderDetailResponseSchema.parse(confirmed.body).order;
    expect(detail.status).toBe('confirmed');
    expect(detail.stockLeft).toBe(2);
    // The customer paid the total at the counter as the clerk confirmed.
    expect(detail.paidFen).toBe(draft.totalFen);
    const paid = await server.db
      .selectFrom('orders')
      .select('paid_fen')
      .where('id', '=', draft.id)
      .executeTakeFirstOrThrow();
    expect(Number(paid.paid_fen)).toBe(draft.totalFen);
    expect(await stockOf(server.db, storeId, handsetId)).toBe(2);
    const afterConfirm = await pullAll(server.url, kiosk.token, cursor);
    expect(afterConfirm.changes).toContainEqual(
      expect.objectContaining({
        entity: 'stock',
        key: `${storeId}:${handsetId}`,
        data: expect.objectContaining({ quantity: 2 }),
      }),
    );

    const activated = await step(server.url, clerk, draft.id, 'activate', {});
    expect(activated.status).toBe(200);
    const order = await server.db
      .selectFrom('orders')
      .selectAll()
      .where('id', '=', draft.id)
      .executeTakeFirstOrThrow();
    expect(order.clerk_id).toBe(clerkId);
    const rules = await readCommissionRules(server.db);
    const expected = commissionLines(
      { ...(await commissionFactsOf(server.db, order)), correctedAt: order.corrected_at },
      rules,
    );
    expect(expected.length).toBeGreaterThan(1); // base + the ¥186 plan at least
    let life = await lifeOf(server.db, draft.id);
    expect(life.ledger.map((l) => [l.rule_id, l.kind, l.amount_fen])).toEqual(
      expected.map((l) => [l.ruleId, 'earn', l.amountFen]),
    );
    expect(life.ledger.every((l) => l.clerk_id === clerkId && l.store_id === storeId)).toBe(true);
    expect(life.ledger.every((l) => l.period === commissionPeriod(order.corrected_at))).toBe(true);
    const earnedFen = expected.reduce((sum, l) => sum + l.amountFen, 0);
    expect(orderDetailResponseSchema.parse(activated.body).order.commissionFen).toBe(earnedFen);

    const cancelled = await step(server.url, clerk, draft.id, 'cancel', {
      reason: 'early_churn',
      note: '携号转出',
    });
    expect(cancelled.status).toBe(200);
    life = await lifeOf(server.db, draft.id);
    expect(life.status).toBe('cancelled');
    expect(life.cancel_reason).toBe('early_churn');
    expect(life.events.map((e) => e.status)).toEqual([
      'received',
      'confirmed',
      'activated',
      'cancelled',
    ]);
    expect(life.events.slice(1).every((e) => e.actor === `user:${clerkId}`)).toBe(true);
    expect(life.events.at(-1)?.note).toBe('携号转出');
    const clawbacks = life.ledger.filter((l) => l.kind === 'clawback');
    expect(clawbacks.length).toBeGreaterThan(0);
    // Every rule with a clawback window takes its line back at once; the partner supplement has none.
    expect(life.ledger.reduce((sum, l) => sum + l.amount_fen, 0)).toBe(
      orderDetailResponseSchema.parse(cancelled.body).order.commissionFen,
    );
    // The customer left with the phone weeks ago: an early churn loses the line, not the handset.
    expect(await stockOf(server.db, storeId, handsetId)).toBe(2);
    const pooled = await server.db
      .selectFrom('numbers')
      .select('status')
      .where('number', '=', number)
      .executeTakeFirstOrThrow();
    expect(pooled.status).toBe('available');
    const afterCancel = await pullAll(server.url, kiosk.token, afterConfirm.cursor);
    expect(afterCancel.changes).toContainEqual(
      expect.objectContaining({
        entity: 'number',
        key: number,
        data: expect.objectContaining({ status: 'available' }),
      }),
    );
    expect(afterCancel.changes.filter((change) => change.entity === 'stock')).toEqual([]);

    const timeline = orderDetailResponseSchema.parse(cancelled.body).order.events;
    expect(timeline.map((e) => e.actor.kind)).toEqual(['device', 'user', 'user', 'user']);
  });

  it('reverses every line and restocks when an activated order is cancelled as a duplicate', async () => {
    const { draft, handsetId } = await placeOrderAt(server.url, server.db, kiosk.token, {
      storeId,
      stock: 5,
    });
    const { cursor } = await pullAll(server.url, kiosk.token);
    expect(
      (await step(server.url, clerk, draft.id, 'confirm', { idChecked: true, paymentTaken: true }))
        .status,
    ).toBe(200);
    expect((await step(server.url, clerk, draft.id, 'activate', {})).status).toBe(200);
    expect(
      (await step(server.url, clerk, draft.id, 'cancel', { reason: 'duplicate' })).status,
    ).toBe(200);
    const { ledger } = await lifeOf(server.db, draft.id);
    const earned = ledger.filter((l) => l.kind === 'earn');
    const reversed = ledger.filter((l) => l.kind === 'reversal');
    expect(reversed.map((l) => [l.rule_id, -l.amount_fen])).toEqual(
      earned.map((l) => [l.rule_id, l.amount_fen]),
    );
    expect(ledger.reduce((sum, l) => sum + l.amount_fen, 0)).toBe(0);
    expect(await stockOf(server.db, storeId, handsetId)).toBe(5);
    const { changes } = await pullAll(server.url, kiosk.token, cursor);
    expect(
      changes.filter((change) => change.entity === 'stock').map((c) => c.data?.quantity),
    ).toEqual([4, 5]);
  });

  it('cancels a received order without touching stock or commission', async () => {
    const { draft, handsetId } = await placeOrderAt(server.url, server.db, kiosk.token, {
      storeId,
      stock: 4,
    });
    const reply = await step(server.url, clerk, draft.id, 'cancel', {
      reason: 'customer_changed_mind',
    });
    expect(reply.status).toBe(200);
    expect(await stockOf(server.db, storeId, handsetId)).toBe(4);
    expect((await lifeOf(server.db, draft.id)).ledger).toEqual([]);
  });

  it('lets exactly one of two simultaneous confirms through', async () => {
    const { draft, handsetId } = await placeOrderAt(server.url, server.db, kiosk.token, {
      storeId,
      stock: 5,
    });
    const manager = await signIn(server.url, `${storeId}-manager`, 'showroom-manager');
    const replies = await Promise.all([
      step(server.url, clerk, draft.id, 'confirm', { idChecked: true, paymentTaken: true }),
      step(server.url, manager, draft.id, 'confirm', { idChecked: true, paymentTaken: true }),
      step(server.url, clerk, draft.id, 'confirm', { idChecked: true, paymentTaken: true }),
    ]);
    expect(replies.map((r) => r.status).sort()).toEqual([200, 409, 409]);
    for (const loser of replies.filter((r) => r.status === 409)) {
      expect(loser.body.error.code).toBe('order_status_changed');
      expect(loser.body.error.fields.status).toEqual(['confirmed']);
    }
    expect(await stockOf(server.db, storeId, handsetId)).toBe(4);
    const { events } = await lifeOf(server.db, draft.id);
    expect(events.filter((e) => e.status === 'confirmed')).toHaveLength(1);

    const twice = await Promise.all([
      step(server.url, clerk, draft.id, 'activate', {}),
      step(server.url, manager, draft.id, 'activate', {}),
    ]);
    expect(twice.map((r) => r.status).sort()).toEqual([200, 409]);
    const { ledger } = await lifeOf(server.db, draft.id);
    expect(new Set(ledger.map((l) => l.rule_id)).size).toBe(ledger.length);
  });

  it('refuses to confirm with no handset on the shelf, and changes nothing', async () => {
    const { draft, handsetId } = await placeOrderAt(server.url, server.db, kiosk.token, {
      storeId,
      stock: 0,
    });
    const before = await pullAll(server.url, kiosk.token);
    const reply = await step(server.url, clerk, draft.id, 'confirm', {
      idChecked: true,
      paymentTaken: true,
    });
    expect(reply.status).toBe(409);
    expect(reply.body.error.code).toBe('out_of_stock');
    const life = await lifeOf(server.db, draft.id);
    expect(life.status).toBe('received');
    expect(life.events).toHaveLength(1);
    expect(await stockOf(server.db, storeId, handsetId)).toBe(0);
    expect((await pullAll(server.url, kiosk.token, before.cursor)).changes).toEqual([]);
  });

  it('refuses early churn for a line that was never activated, and changes nothing', async () => {
    const { draft } = await placeOrderAt(server.url, server.db, kiosk.token, { storeId, stock: 2 });
    const reply = await step(server.url, clerk, draft.id, 'cancel', { reason: 'early_churn' });
    expect(reply.status).toBe(409);
    expect(reply.body.error.code).toBe('cancel_reason_not_allowed');
    expect((await lifeOf(server.db, draft.id)).status).toBe('received');
  });

  it('never activates an order that was not confirmed', async () => {
    const { draft } = await placeOrderAt(server.url, server.db, kiosk.token, { storeId, stock: 2 });
    const reply = await step(server.url, clerk, draft.id, 'activate', {});
    expect(reply.status).toBe(409);
    expect(reply.body.error.fields.status).toEqual(['received']);
    const detail = await call(server.url, `/api/orders/${draft.id}`, { cookie: clerk });
    expect(detail.body.order.status).toBe('received');
  });
});
