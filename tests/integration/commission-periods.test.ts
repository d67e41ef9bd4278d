import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  commissionPeriod,
  commissionPeriodsResponseSchema,
  commissionStatementSchema,
  commissionSummarySchema,
  periodBounds,
  periodRecomputeSchema,
  type CommissionStatement,
} from '../../shared';
import { closedAmong } from '../../server/commission/periods-repo';
import { step } from './order-life-helpers';
import { call, signIn } from './support/http-client';
import { dbKinds, startTestServer, type TestServer } from './support/test-server';

/**
 * Closing a month (issue #8): HQ closes an ended month; its statements then read the same for
 * ever, and a later line of one of its orders (a reversal, an adjustment, a late activation)
 * counts in the open month, showing the old order's day.
 */
const closedMonth = '2026-11';
const openMonth = '2026-12';
// The demo is seeded as of 3 December, so November holds activated orders; the server's clock
// stands on 10 December, after November has ended.
const seedAt = Date.parse('2026-12-03T12:00:00Z');
const serverNow = Date.parse('2026-12-10T04:00:00Z');

describe.each(dbKinds)('closing a commission month on %s', (kind) => {
  let server: TestServer;
  const cookies = {} as Record<'hq' | 'clerk' | 'manager', string>;
  /** A clerk with two November orders activated, one to cancel and one to dispute. */
  let clerk: { id: string; login: string; storeId: string };
  let cancelled: { id: string; correctedAt: number };
  let disputed: { id: string; correctedAt: number };
  /** A November order confirmed but not activated yet. */
  let late: { id: string; correctedAt: number; clerkId: string | null; storeId: string };

  beforeAll(async () => {
    server = await startTestServer(kind, { seedAt, now: () => serverNow });
    cookies.hq = await signIn(server.url, 'hq', 'showroom-hq');
    const november = periodBounds(closedMonth);
    const orders = await server.db
      .selectFrom('orders as o')
      .innerJoin('users as u', 'u.id', 'o.clerk_id')
      .select(['o.id', 'o.status', 'o.corrected_at', 'o.store_id', 'o.clerk_id', 'u.login'])
      .where('o.corrected_at', '>=', november.from)
      .where('o.corrected_at', '<', november.to)
      .orderBy('o.corrected_at')
      .execute();
    const activated = orders.filter((order) => order.status === 'activated');
    const busy = activated.find(
      (order) =>
        order.login.endsWith('-clerk1') &&
        activated.filter((other) => other.clerk_id === order.clerk_id).length >= 2,
    );
    if (!busy?.clerk_id) throw new Error('The demo has no clerk with two November activations');
    clerk = { id: busy.clerk_id, login: busy.login, storeId: busy.store_id };
    const [first, second] = activated.filter((order) => order.clerk_id === busy.clerk_id);
    cancelled = { id: first!.id, correctedAt: first!.corrected_at };
    disputed = { id: second!.id, correctedAt: second!.corrected_at };
    const confirmed = orders.find((order) => order.status === 'confirmed');
    if (!confirmed) throw new Error('The demo has no November order waiting for activation');
    late = {
      id: confirmed.id,
      correctedAt: confirmed.corrected_at,
      clerkId: confirmed.clerk_id,
      storeId: confirmed.store_id,
    };
    cookies.clerk = await signIn(server.url, clerk.login, 'showroom-clerk');
    cookies.manager = await signIn(server.url, `${clerk.storeId}-manager`, 'showroom-manager');
  });
  afterAll(async () => server?.close());

  const statementOf = async (period: string, clerkId = clerk.id) => {
    const reply = await call(
      server.url,
      `/api/commission/statement?period=${period}&clerkId=${clerkId}`,
      { cookie: cookies.hq },
    );
    expect(reply.status).toBe(200);
    return commissionStatementSchema.parse(reply.body);
  };
  const closedPeriods = async (cookie = cookies.hq) => {
    const reply = await call(server.url, '/api/commission/periods', { cookie });
    expect(reply.status).toBe(200);
    return commissionPeriodsResponseSchema.parse(reply.body).periods;
  };
  const close = (period: string, cookie?: string) =>
    call(server.url, `/api/commission/periods/${period}/close`, { cookie, body: {} });
  const periodRows = () => server.db.selectFrom('commission_periods').selectAll().execute();
  const closeAudits = () =>
    server.db
      .selectFrom('audit_log')
      .select(['actor_id', 'target', 'detail'])
      .where('action', '=', 'commission.period_closed')
      .execute();
  const linesOf = (statement: CommissionStatement, orderId: string) =>
    statement.lines.filter((line) => line.orderId === orderId);

  it('refuses a manager, a clerk and nobody, and changes nothing', async () => {
    expect((await close(closedMonth)).status).toBe(401);
    for (const cookie of [cookies.manager, cookies.clerk]) {
      const reply = await close(closedMonth, cookie);
      expect(reply.status).toBe(403);
    }
    expect(await periodRows()).toEqual([]);
    expect(await closeAudits()).toEqual([]);
    expect((await statementOf(closedMonth)).closed).toBeNull();
  });

  it('refuses to close the month that is running, or one to come', async () => {
    for (const period of [openMonth, '2027-01']) {
      const reply = await close(period, cookies.hq);
      expect(reply.status).toBe(400);
      expect(reply.body.error.code).toBe('period_not_ended');
    }
    expect(await periodRows()).toEqual([]);
  });

  it.each([
    ['a thirteenth month', '2026-13', 400],
    ['month 00', '2026-00', 400],
    ['a path out', '..%2Fx', 400],
    ['a one-digit month', '2026-1', 400],
    ['a NUL byte', '2026-11%00', 400],
    ['a long one', '2026-11'.repeat(13), 400],
    // Past Fastify's limit on a path parameter: refused before any route runs.
    ['a very long one', 'x'.repeat(3000), 414],
  ])('refuses %s as a period', async (_name, period, status) => {
    const reply = await close(period, cookies.hq);
    expect(reply.status).toBe(status);
    expect(await periodRows()).toEqual([]);
  });

  it('closes an ended month once, audited, and every member of staff can see it', async () => {
    const before = await statementOf(closedMonth);
    expect(before.lines.length).toBeGreaterThan(0);
    const reply = await close(closedMonth, cookies.hq);
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({
      period: closedMonth,
      closedAt: serverNow,
      closedBy: { id: 'user-hq' },
    });
    expect(await closeAudits()).toEqual([
      expect.objectContaining({ actor_id: 'user-hq', target: `period:${closedMonth}` }),
    ]);
    const again = await close(closedMonth, cookies.hq);
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('period_closed');
    expect(await closeAudits()).toHaveLength(1);

    for (const cookie of [cookies.hq, cookies.manager, cookies.clerk]) {
      expect(await closedPeriods(cookie)).toEqual([reply.body]);
    }
    const after = await statementOf(closedMonth);
    expect(after.closed).toEqual({ closedAt: serverNow, closedBy: reply.body.closedBy });
    // Closing adds no line: the figures are those read before.
    expect(after.lines).toEqual(before.lines);
    expect(after.totals).toEqual(before.totals);
    const summary = await call(
      server.url,
      `/api/commission/summary?period=${closedMonth}&storeId=${clerk.storeId}`,
      { cookie: cookies.manager },
    );
    expect(commissionSummarySchema.parse(summary.body).closed).toEqual(after.closed);
    expect((await statementOf(openMonth)).closed).toBeNull();
  });

  it('keeps a closed month as it was when one of its orders is cancelled later', async () => {
    const before = await statementOf(closedMonth);
    const earned = linesOf(before, cancelled.id);
    expect(earned.length).toBeGreaterThan(0);
    const reply = await step(server.url, cookies.hq, cancelled.id, 'cancel', {
      reason: 'customer_changed_mind',
    });
    expect(reply.status).toBe(200);
    expect(await statementOf(closedMonth)).toEqual(before);

    const open = await statementOf(openMonth);
    const reversals = linesOf(open, cancelled.id);
    expect(reversals.map((line) => [line.ruleId, line.kind, line.amountFen])).toEqual(
      earned.map((line) => [line.ruleId, 'reversal', -line.amountFen]),
    );
    for (const line of reversals) {
      expect(line.orderAt).toBe(cancelled.correctedAt);
      expect(line.carriedFrom).toBe(closedMonth);
      expect(line.at).toBe(serverNow);
    }
    // A line of a December sale is no carry-over.
    expect(
      open.lines.filter((line) => line.orderId !== cancelled.id).every((l) => !l.carriedFrom),
    ).toBe(true);
    const stored = await server.db
      .selectFrom('commission_ledger')
      .select('period')
      .where('order_id', '=', cancelled.id)
      .where('kind', '=', 'reversal')
      .execute();
    expect(stored.map((row) => row.period)).toEqual(reversals.map(() => openMonth));
  });

  it('puts an upheld dispute’s adjustment of a closed month’s line in the open month', async () => {
    const before = await statementOf(closedMonth);
    const line = linesOf(before, disputed.id).find((l) => l.kind === 'earn');
    if (!line) throw new Error('The disputed order has no earn line');
    const opened = await call(server.url, '/api/commission/disputes', {
      cookie: cookies.clerk,
      body: { lineId: line.id, message: 'The plan bonus is missing' },
    });
    expect(opened.status).toBe(201);
    const answered = await call(server.url, `/api/commission/disputes/${opened.body.id}/answer`, {
      cookie: cookies.manager,
      body: { decision: 'upheld', message: 'Right, added', adjustmentFen: 700 },
    });
    expect(answered.status).toBe(200);
    expect(answered.body.adjustmentFen).toBe(700);

    const after = await statementOf(closedMonth);
    // Only the line's dispute moved; no line and no figure changed.
    expect(after.totals).toEqual(before.totals);
    expect(after.lines.map(({ dispute: _, ...rest }) => rest)).toEqual(
      before.lines.map(({ dispute: _, ...rest }) => rest),
    );
    const open = await statementOf(openMonth);
    const adjustments = linesOf(open, disputed.id);
    expect(adjustments).toEqual([
      expect.objectContaining({
        kind: 'adjustment',
        amountFen: 700,
        ruleId: line.ruleId,
        orderAt: disputed.correctedAt,
        carriedFrom: closedMonth,
      }),
    ]);
  });

  it('counts an order of a closed month activated afterwards in the open month', async () => {
    const reply = await step(server.url, cookies.hq, late.id, 'activate', {});
    expect(reply.status).toBe(200);
    const lines = await server.db
      .selectFrom('commission_ledger')
      .select(['period', 'kind'])
      .where('order_id', '=', late.id)
      .execute();
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.every((line) => line.period === openMonth && line.kind === 'earn')).toBe(true);
    expect(commissionPeriod(late.correctedAt)).toBe(closedMonth);
  });

  const recompute = (period: string, cookie = cookies.hq) =>
    call(server.url, `/api/commission/periods/${period}/recompute`, { cookie });
  const ruleLinesIn = async (period: string) => {
    const rows = await server.db
      .selectFrom('commission_ledger')
      .select(['kind', 'amount_fen'])
      .where('period', '=', period)
      .execute();
    const rules = rows.filter((row) => row.kind !== 'adjustment');
    return { lines: rules.length, totalFen: rules.reduce((sum, row) => sum + row.amount_fen, 0) };
  };

  it('recomputes the closed month and the open one to the same figures, twice', async () => {
    for (const period of [closedMonth, openMonth]) {
      const first = await recompute(period);
      expect(first.status).toBe(200);
      const result = periodRecomputeSchema.parse(first.body);
      expect(result).toMatchObject({ period, identical: true, differenceCount: 0 });
      expect(result.differences).toEqual([]);
      expect(result.ledger).toEqual(await ruleLinesIn(period));
      expect(result.recomputed).toEqual(result.ledger);
      expect(result.ledger.lines).toBeGreaterThan(0);
      expect((await recompute(period)).body).toEqual(first.body);
    }
    const november = periodRecomputeSchema.parse((await recompute(closedMonth)).body);
    expect(november.closed).toMatchObject({ closedAt: serverNow, closedBy: { id: 'user-hq' } });
    // December holds what November's orders wrote after it closed: a reversal, an adjustment
    // (a decision, not replayed) and a late activation's lines.
    const december = periodRecomputeSchema.parse((await recompute(openMonth)).body);
    expect(december.closed).toBeNull();
    expect(december.adjustments).toEqual({ lines: 1, totalFen: 700 });
  });

  it('names the order whose ledger lines the rules do not give again', async () => {
    const [line] = await server.db
      .selectFrom('commission_ledger')
      .select(['id', 'order_id', 'amount_fen'])
      .where('period', '=', closedMonth)
      .where('kind', '=', 'earn')
      .where('order_id', '!=', cancelled.id)
      .orderBy('id')
      .limit(1)
      .execute();
    if (!line) throw new Error('November has no earn line');
    const tamper = (amountFen: number) =>
      server.db
        .updateTable('commission_ledger')
        .set({ amount_fen: amountFen })
        .where('id', '=', line.id)
        .execute();
    await tamper(line.amount_fen + 100);
    try {
      const result = periodRecomputeSchema.parse((await recompute(closedMonth)).body);
      expect(result.identical).toBe(false);
      expect(result.differenceCount).toBe(1);
      expect(result.differences.map((d) => d.orderId)).toEqual([line.order_id]);
      expect(result.ledger.totalFen - result.recomputed.totalFen).toBe(100);
    } finally {
      await tamper(line.amount_fen);
    }
    expect(periodRecomputeSchema.parse((await recompute(closedMonth)).body).identical).toBe(true);
  });

  it('lets only HQ recompute, and only a real month', async () => {
    expect(
      (await call(server.url, `/api/commission/periods/${closedMonth}/recompute`)).status,
    ).toBe(401);
    for (const cookie of [cookies.manager, cookies.clerk]) {
      expect((await recompute(closedMonth, cookie)).status).toBe(403);
    }
    for (const period of ['2026-13', '..%2Fx', '2026-1', "2026-11'--"]) {
      const reply = await recompute(period);
      expect(reply.status).toBe(400);
      expect(reply.body.error.code).toBe('invalid_params');
    }
  });

  it('still lets HQ close another ended month, listed newest first', async () => {
    const reply = await close('2026-10', cookies.hq);
    expect(reply.status).toBe(200);
    expect((await closedPeriods()).map((entry) => entry.period)).toEqual(['2026-11', '2026-10']);
  });

  // PostgreSQL: the shared/exclusive advisory lock; SQLite: its one writer at a time.
  it('makes a close wait for a ledger writer in flight, and the next writer see it', async () => {
    const other = await server.otherProcessDb();
    let answered = false;
    let closing: Promise<{ status: number }> | undefined;
    await other.transaction().execute(async (trx) => {
      // A writer has read the closed months (September open) and not committed yet.
      expect(await closedAmong(trx, ['2026-09'])).toEqual(new Set());
      closing = close('2026-09', cookies.hq).then((reply) => {
        answered = true;
        return reply;
      });
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(answered).toBe(false);
    });
    expect((await closing)?.status).toBe(200);
    await other.transaction().execute(async (trx) => {
      expect(await closedAmong(trx, ['2026-09', '2026-08'])).toEqual(new Set(['2026-09']));
    });
  });
});
