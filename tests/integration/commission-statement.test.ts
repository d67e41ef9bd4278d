import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  commissionLines,
  commissionPeriod,
  commissionStatementSchema,
  commissionUndoLines,
  statementTotals,
  type CommissionLine,
} from '../../shared';
import { readCommissionRules } from '../../server/commission/rules-repo';
import { commissionFactsOf } from '../../server/orders/order-facts';
import { placeOrderAt, step } from './order-life-helpers';
import { call, enrolKiosk, signIn } from './support/http-client';
import { dbKinds, startTestServer, type TestServer } from './support/test-server';

const storeId = 'gz-tianhe';

describe.each(dbKinds)('the commission statement on %s', (kind) => {
  let server: TestServer;
  let period: string;
  const cookies: Record<string, string> = {};
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    // The demo's orders fall on store days, so which of them churn depends on the day it is
    // seeded; a fixed day gives a ledger with clawbacks and reversals to check on every run.
    server = await startTestServer(kind, { seedAt: Date.parse('2026-12-03T12:00:00Z') });
    cookies.hq = await signIn(server.url, 'hq', 'showroom-hq');
    const kiosk = await enrolKiosk(server.url, cookies.hq, storeId);
    cookies.clerk = await signIn(server.url, `${storeId}-clerk1`, 'showroom-clerk');
    cookies.clerk2 = await signIn(server.url, `${storeId}-clerk2`, 'showroom-clerk');
    cookies.manager = await signIn(server.url, `${storeId}-manager`, 'showroom-manager');
    cookies.otherManager = await signIn(server.url, 'bj-xidan-manager', 'showroom-manager');
    for (const login of [`${storeId}-clerk1`, `${storeId}-clerk2`, 'bj-xidan-clerk1']) {
      const row = await server.db
        .selectFrom('users')
        .select('id')
        .where('login', '=', login)
        .executeTakeFirstOrThrow();
      ids[login] = row.id;
    }
    const { draft } = await placeOrderAt(server.url, server.db, kiosk.token, { storeId, stock: 5 });
    await step(server.url, cookies.clerk, draft.id, 'confirm', {
      idChecked: true,
      paymentTaken: true,
    });
    await step(server.url, cookies.clerk, draft.id, 'activate', {});
    period = commissionPeriod(Date.now());
  });
  afterAll(async () => server?.close());

  const statement = (cookie: string | undefined, query: string) =>
    call(server.url, `/api/commission/statement?${query}`, { cookie });

  it('gives a clerk their own month: every line, its rule, and totals that add up', async () => {
    const reply = await statement(cookies.clerk, `period=${period}`);
    expect(reply.status).toBe(200);
    const own = commissionStatementSchema.parse(reply.body);
    expect(own.clerk.id).toBe(ids[`${storeId}-clerk1`]);
    expect(own.lines.length).toBeGreaterThan(0);
    expect(own.totals).toEqual(statementTotals(own.lines));
    expect(own.lines.every((line) => line.ruleName.zh && line.ticket)).toBe(true);
    // Reading again gives the same figures.
    expect((await statement(cookies.clerk, `period=${period}`)).body).toEqual(reply.body);
  });

  it('matches a recompute of the month from the orders, their events and the rules', async () => {
    const rules = await readCommissionRules(server.db);
    const orders = await server.db
      .selectFrom('orders')
      .selectAll()
      .where('clerk_id', '=', ids[`${storeId}-clerk1`]!)
      .execute();
    const lines: CommissionLine[] = [];
    for (const order of orders.filter((o) => commissionPeriod(o.corrected_at) === period)) {
      const events = await server.db
        .selectFrom('order_events')
        .select(['status', 'at'])
        .where('order_id', '=', order.id)
        .execute();
      const activated = events.find((e) => e.status === 'activated');
      if (!activated) continue;
      const facts = await commissionFactsOf(server.db, order);
      const earned = commissionLines({ ...facts, correctedAt: order.corrected_at }, rules);
      lines.push(...earned);
      const cancelled = events.find((e) => e.status === 'cancelled');
      if (cancelled && order.cancel_reason) {
        lines.push(
          ...commissionUndoLines(
            earned,
            { reason: order.cancel_reason, at: cancelled.at, activatedAt: activated.at },
            rules,
          ),
        );
      }
    }
    const reply = commissionStatementSchema.parse(
      (await statement(cookies.clerk, `period=${period}`)).body,
    );
    expect(reply.totals).toEqual(statementTotals(lines));
    expect(reply.lines.length).toBe(lines.length);
  });

  it('has a demo ledger that is exactly what the rules give for the demo’s orders', async () => {
    const rules = await readCommissionRules(server.db);
    const orders = await server.db.selectFrom('orders').selectAll().execute();
    const events = await server.db
      .selectFrom('order_events')
      .select(['order_id', 'status', 'at'])
      .execute();
    const ledger = await server.db
      .selectFrom('commission_ledger')
      .selectAll()
      .orderBy('id')
      .execute();
    expect(ledger.length).toBeGreaterThan(0);
    expect(ledger.some((line) => line.kind === 'clawback' || line.kind === 'reversal')).toBe(true);
    for (const order of orders) {
      const timeline = events.filter((e) => e.order_id === order.id);
      const activated = timeline.find((e) => e.status === 'activated');
      const written = ledger
        .filter((line) => line.order_id === order.id)
        .map((line) => [line.rule_id, line.kind, line.amount_fen, line.clerk_id, line.period]);
      if (!activated) {
        expect(written).toEqual([]);
        continue;
      }
      const facts = await commissionFactsOf(server.db, order);
      const earned = commissionLines({ ...facts, correctedAt: order.corrected_at }, rules);
      const cancelled = timeline.find((e) => e.status === 'cancelled');
      const undone =
        cancelled && order.cancel_reason
          ? commissionUndoLines(
              earned,
              { reason: order.cancel_reason, at: cancelled.at, activatedAt: activated.at },
              rules,
            )
          : [];
      const period = commissionPeriod(order.corrected_at);
      expect(written).toEqual(
        [...earned, ...undone].map((line) => [
          line.ruleId,
          line.kind,
          line.amountFen,
          order.clerk_id,
          period,
        ]),
      );
    }
  });

  it('keeps a clerk to their own statement', async () => {
    const other = await statement(
      cookies.clerk,
      `period=${period}&clerkId=${ids[`${storeId}-clerk2`]}`,
    );
    expect(other.status).toBe(403);
    const self = await statement(cookies.clerk2, `period=${period}`);
    expect(self.status).toBe(200);
    expect(self.body.clerk.id).toBe(ids[`${storeId}-clerk2`]);
  });

  it('lets a manager read their store’s clerks only, and HQ anyone’s', async () => {
    const clerkId = ids[`${storeId}-clerk1`];
    expect((await statement(cookies.manager, `period=${period}&clerkId=${clerkId}`)).status).toBe(
      200,
    );
    expect(
      (await statement(cookies.manager, `period=${period}&clerkId=${ids['bj-xidan-clerk1']}`))
        .status,
    ).toBe(403);
    expect(
      (await statement(cookies.otherManager, `period=${period}&clerkId=${clerkId}`)).status,
    ).toBe(403);
    expect((await statement(cookies.hq, `period=${period}&clerkId=${clerkId}`)).status).toBe(200);
    expect((await statement(cookies.hq, `period=${period}&clerkId=nobody`)).status).toBe(404);
    expect((await statement(cookies.hq, `period=${period}`)).status).toBe(400);
  });

  it('refuses a bad period and callers without a session', async () => {
    for (const query of ['period=2026-13', 'period=2026-3', 'period=', 'period=2026-03%27--']) {
      const reply = await statement(cookies.clerk, query);
      expect(reply.status).toBe(400);
      expect(reply.body.error.code).toBe('invalid_query');
    }
    expect((await statement(undefined, `period=${period}`)).status).toBe(401);
  });
});
