import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  commissionLines,
  commissionRuleSchema,
  commissionUndoLines,
  type CommissionLine,
} from '../../shared';
import { readCommissionRules } from '../../server/commission/rules-repo';
import { commissionFactsOf } from '../../server/orders/order-facts';
import { placeOrderAt, step } from './order-life-helpers';
import { call, enrolKiosk, signIn, type EnrolledKiosk } from './support/http-client';
import { dbKinds, startTestServer, type TestServer } from './support/test-server';

const storeId = 'gz-tianhe';
const day = 86_400_000;
const newRule = (overrides: Record<string, unknown> = {}) => ({
  name: { zh: '测试规则', en: 'Test rule' },
  condition: { kind: 'per_activation' },
  amountFen: 700,
  validFrom: Date.now() + day,
  validTo: null,
  clawbackDays: 30,
  ...overrides,
});

describe.each(dbKinds)('HQ’s commission rules on %s', (kind) => {
  let server: TestServer;
  let kiosk: EnrolledKiosk;
  const cookies = {} as Record<'hq' | 'manager' | 'clerk', string>;
  beforeAll(async () => {
    server = await startTestServer(kind);
    cookies.hq = await signIn(server.url, 'hq', 'showroom-hq');
    cookies.manager = await signIn(server.url, `${storeId}-manager`, 'showroom-manager');
    cookies.clerk = await signIn(server.url, `${storeId}-clerk1`, 'showroom-clerk');
    kiosk = await enrolKiosk(server.url, cookies.hq, storeId);
  });
  afterAll(async () => server?.close());

  const rulesOf = async (cookie: string) => {
    const reply = await call(server.url, '/api/commission/rules', { cookie });
    expect(reply.status).toBe(200);
    return commissionRuleSchema.array().parse(reply.body.rules);
  };
  const ruleRows = () =>
    server.db.selectFrom('commission_rules').selectAll().orderBy('id').execute();
  const ledger = () =>
    server.db.selectFrom('commission_ledger').selectAll().orderBy('id').execute();
  const auditOf = (action: string) =>
    server.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', action)
      .orderBy('id')
      .execute();

  it('shows HQ every rule, ended ones too, and staff only those in force or to come', async () => {
    const all = await rulesOf(cookies.hq);
    expect(all.map((rule) => rule.id)).toContain('base-2000');
    for (const cookie of [cookies.manager, cookies.clerk]) {
      const staff = await rulesOf(cookie);
      expect(staff.map((rule) => rule.id)).not.toContain('base-2000');
      expect(staff.map((rule) => rule.id)).toContain('base-2500');
    }
    expect((await call(server.url, '/api/commission/rules')).status).toBe(401);
  });

  it('lets only HQ write a rule, and audits it', async () => {
    for (const cookie of [cookies.manager, cookies.clerk]) {
      const refused = await call(server.url, '/api/commission/rules', { cookie, body: newRule() });
      expect(refused.status).toBe(403);
    }
    const before = (await ruleRows()).length;
    const reply = await call(server.url, '/api/commission/rules', {
      cookie: cookies.hq,
      body: newRule({ id: 'base-2000', amountFen: 800 }),
    });
    expect(reply.status).toBe(201);
    const rule = commissionRuleSchema.parse(reply.body);
    // The server names the rule: a body's id never overwrites one.
    expect(rule.id).not.toBe('base-2000');
    expect((await ruleRows()).length).toBe(before + 1);
    const base = (await ruleRows()).find((row) => row.id === 'base-2000');
    expect(base?.amount_fen).toBe(2000);
    const written = (await ruleRows()).find((row) => row.id === rule.id);
    expect(written?.created_by).toBe('user-hq');
    const entries = await auditOf('commission.rules');
    expect(entries.at(-1)).toMatchObject({ actor_id: 'user-hq', target: `rule:${rule.id}` });
  });

  it.each([
    ['a start in the past', newRule({ validFrom: Date.now() - 2 * day })],
    ['an end before its start', newRule({ validTo: Date.now() })],
    ['no amount', newRule({ amountFen: 0 })],
    ['a negative amount', newRule({ amountFen: -500 })],
    ['an amount as text', newRule({ amountFen: '700' })],
    ['an unknown kind', newRule({ condition: { kind: 'everything' } })],
    [
      'a plan band upside down',
      newRule({ condition: { kind: 'plan_tier', minMonthlyFeeFen: 9000, maxMonthlyFeeFen: 100 } }),
    ],
    ['a name of 10,000 characters', newRule({ name: { zh: '长'.repeat(10_000), en: 'x' } })],
    [
      'a handset id with markup',
      newRule({ condition: { kind: 'handset', handsetId: '<script>' } }),
    ],
    ['no body', undefined],
  ])('refuses %s with 400 and writes nothing', async (_name, body) => {
    const rules = await ruleRows();
    const entries = (await auditOf('commission.rules')).length;
    const reply = await call(server.url, '/api/commission/rules', {
      cookie: cookies.hq,
      method: 'POST',
      body,
    });
    expect(reply.status).toBe(400);
    expect(reply.body.error.code).toBeTruthy();
    expect(await ruleRows()).toEqual(rules);
    expect((await auditOf('commission.rules')).length).toBe(entries);
  });

  it('refuses a __proto__ body', async () => {
    const reply = await call(server.url, '/api/commission/rules', {
      cookie: cookies.hq,
      rawBody: `{"__proto__":{"isAdmin":true},"amountFen":700}`,
    });
    expect(reply.status).toBe(400);
  });

  it(
    'ends a rule without changing a line it paid; an order of before still earns it',
    {
      timeout: 20_000,
    },
    async () => {
      const { draft: before } = await placeOrderAt(server.url, server.db, kiosk.token, {
        storeId,
        stock: 5,
      });
      const written = await ledger();
      const endAt = Date.now();
      for (const cookie of [cookies.manager, cookies.clerk]) {
        const refused = await call(server.url, '/api/commission/rules/base-2500/end', {
          cookie,
          body: { validTo: endAt },
        });
        expect(refused.status).toBe(403);
      }
      const ended = await call(server.url, '/api/commission/rules/base-2500/end', {
        cookie: cookies.hq,
        body: { validTo: endAt },
      });
      expect(ended.status).toBe(200);
      expect(ended.body.validTo).toBeGreaterThanOrEqual(endAt);
      expect(await ledger()).toEqual(written);
      const endedAudit = (await auditOf('commission.rules')).at(-1);
      expect(JSON.parse(endedAudit?.detail ?? '{}')).toMatchObject({ ended: 'base-2500' });

      // Placed before the end: the rule was in force at its time, so activation still pays it.
      await step(server.url, cookies.clerk, before.id, 'confirm', {
        idChecked: true,
        paymentTaken: true,
      });
      await step(server.url, cookies.clerk, before.id, 'activate', {});
      const beforeLines = (await ledger()).filter((line) => line.order_id === before.id);
      expect(beforeLines.map((line) => line.rule_id)).toContain('base-2500');

      // Placed after (the fixture's kiosk clock reads 5 s back): it does not.
      await new Promise((resolve) => setTimeout(resolve, 5_100));
      const { draft: after } = await placeOrderAt(server.url, server.db, kiosk.token, {
        storeId,
        stock: 5,
      });
      await step(server.url, cookies.clerk, after.id, 'confirm', {
        idChecked: true,
        paymentTaken: true,
      });
      await step(server.url, cookies.clerk, after.id, 'activate', {});
      const afterLines = (await ledger()).filter((line) => line.order_id === after.id);
      expect(afterLines.map((line) => line.rule_id)).not.toContain('base-2500');
    },
  );

  it('refuses to end a rule twice, in the past, later, or one that does not exist', async () => {
    const rules = await ruleRows();
    const end = (id: string, validTo: unknown) =>
      call(server.url, `/api/commission/rules/${id}/end`, {
        cookie: cookies.hq,
        body: { validTo },
      });
    expect((await end('base-2500', Date.now() + day)).status).toBe(409);
    expect((await end('plan-96', Date.now() - day)).status).toBe(400);
    expect((await end('plan-96', 'tomorrow')).status).toBe(400);
    expect((await end('no-such-rule', Date.now() + day)).status).toBe(404);
    expect((await end('bad%20id', Date.now() + day)).status).toBe(400);
    expect(await ruleRows()).toEqual(rules);
  });

  it('reads every month the same from the ledger and from replaying the orders', async () => {
    // Twice from the ledger: the same statement.
    const period = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 7);
    const read = () =>
      call(server.url, `/api/commission/statement?period=${period}`, { cookie: cookies.clerk });
    const first = await read();
    expect(first.status).toBe(200);
    expect((await read()).body).toEqual(first.body);

    // Replaying every order's events through the rules as they are now (one ended, one new)
    // gives exactly the lines the ledger holds, line by line.
    const rules = await readCommissionRules(server.db);
    const orders = await server.db.selectFrom('orders').selectAll().execute();
    const events = await server.db
      .selectFrom('order_events')
      .select(['order_id', 'status', 'at'])
      .execute();
    const lines = await ledger();
    for (const order of orders) {
      const timeline = events.filter((event) => event.order_id === order.id);
      const activated = timeline.find((event) => event.status === 'activated');
      let replayed: CommissionLine[] = [];
      if (activated) {
        const facts = await commissionFactsOf(server.db, order);
        const earned = commissionLines({ ...facts, correctedAt: order.corrected_at }, rules);
        const cancelled = timeline.find((event) => event.status === 'cancelled');
        const undone =
          cancelled && order.cancel_reason
            ? commissionUndoLines(
                earned,
                { reason: order.cancel_reason, at: cancelled.at, activatedAt: activated.at },
                rules,
              )
            : [];
        replayed = [...earned, ...undone];
      }
      const written = lines
        .filter((line) => line.order_id === order.id)
        .map((line) => ({ ruleId: line.rule_id, kind: line.kind, amountFen: line.amount_fen }));
      expect(written).toEqual(replayed);
    }
  });

  it('audits each step of an order in the same transaction', async () => {
    const { draft } = await placeOrderAt(server.url, server.db, kiosk.token, { storeId, stock: 5 });
    await step(server.url, cookies.clerk, draft.id, 'confirm', {
      idChecked: true,
      paymentTaken: true,
    });
    await step(server.url, cookies.clerk, draft.id, 'activate', {});
    await step(server.url, cookies.manager, draft.id, 'cancel', { reason: 'early_churn' });
    // A refused step (already cancelled) writes no entry.
    expect((await step(server.url, cookies.clerk, draft.id, 'activate', {})).status).toBe(409);
    const entries = await server.db
      .selectFrom('audit_log')
      .selectAll()
      .where('target', '=', `order:${draft.id}`)
      .orderBy('id')
      .execute();
    expect(entries.map((entry) => [entry.action, entry.actor_id, entry.store_id])).toEqual([
      ['order.confirmed', `user-${storeId}-clerk1`, storeId],
      ['order.activated', `user-${storeId}-clerk1`, storeId],
      ['order.cancelled', `user-${storeId}-manager`, storeId],
    ]);
    const detail = JSON.parse(entries[2]?.detail ?? '{}');
    expect(detail).toEqual({
      ticket: draft.ticket,
      from: 'activated',
      to: 'cancelled',
      reason: 'early_churn',
    });
    // Nothing personal in the log.
    const text = entries.map((entry) => entry.detail).join(' ');
    expect(text).not.toContain(draft.customer.idNumber);
    expect(text).not.toContain(draft.customer.name);
  });
});
