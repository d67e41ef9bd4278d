import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lifeOf, placeOrderAt, step } from './order-life-helpers';
import { call, enrolKiosk, signIn, type EnrolledKiosk } from './support/http-client';
import { dbKinds, startTestServer, type TestServer } from './support/test-server';

const storeId = 'gz-tianhe';
const otherStore = 'bj-xidan';

describe.each(dbKinds)('who may see and move an order, and with what bodies, on %s', (kind) => {
  let server: TestServer;
  let kiosk: EnrolledKiosk;
  const cookies: Record<string, string> = {};
  beforeAll(async () => {
    server = await startTestServer(kind);
    cookies.hq = await signIn(server.url, 'hq', 'showroom-hq');
    kiosk = await enrolKiosk(server.url, cookies.hq, storeId);
    cookies.manager = await signIn(server.url, `${storeId}-manager`, 'showroom-manager');
    cookies.clerk = await signIn(server.url, `${storeId}-clerk1`, 'showroom-clerk');
    cookies.otherManager = await signIn(server.url, `${otherStore}-manager`, 'showroom-manager');
    cookies.otherClerk = await signIn(server.url, `${otherStore}-clerk1`, 'showroom-clerk');
  });
  afterAll(async () => server?.close());

  const freshOrder = async () =>
    (
      await placeOrderAt(server.url, server.db, kiosk.token, {
        storeId,
        stock: 10,
        withNumber: false,
      })
    ).draft.id;

  it.each(['hq', 'manager', 'clerk'])(
    'lets %s read and confirm an order of the store',
    async (who) => {
      const id = await freshOrder();
      const detail = await call(server.url, `/api/orders/${id}`, { cookie: cookies[who] });
      expect(detail.status).toBe(200);
      expect(detail.body.order.id).toBe(id);
      expect(
        (
          await step(server.url, cookies[who]!, id, 'confirm', {
            idChecked: true,
            paymentTaken: true,
          })
        ).status,
      ).toBe(200);
    },
  );

  it.each(['otherManager', 'otherClerk'])(
    'keeps %s of another store out (403) and changes nothing',
    async (who) => {
      const id = await freshOrder();
      expect((await call(server.url, `/api/orders/${id}`, { cookie: cookies[who] })).status).toBe(
        403,
      );
      for (const [action, body] of [
        ['confirm', { idChecked: true, paymentTaken: true }],
        ['activate', {}],
        ['cancel', { reason: 'duplicate' }],
      ] as const) {
        const reply = await step(server.url, cookies[who]!, id, action, body);
        expect(reply.status).toBe(403);
        expect(reply.body.error.code).toBe('forbidden');
      }
      const life = await lifeOf(server.db, id);
      expect(life.status).toBe('received');
      expect(life.events).toHaveLength(1);
    },
  );

  it('answers a kiosk token or no credentials with 401', async () => {
    const id = await freshOrder();
    expect((await call(server.url, `/api/orders/${id}`, { token: kiosk.token })).status).toBe(401);
    expect((await call(server.url, `/api/orders/${id}`)).status).toBe(401);
    const byKiosk = await call(server.url, `/api/orders/${id}/confirm`, {
      token: kiosk.token,
      body: { idChecked: true, paymentTaken: true },
    });
    expect(byKiosk.status).toBe(401);
    const anonymous = await call(server.url, `/api/orders/${id}/cancel`, {
      body: { reason: 'duplicate' },
    });
    expect(anonymous.status).toBe(401);
    expect((await lifeOf(server.db, id)).status).toBe('received');
  });

  it('answers an unknown order with 404 and a malformed id with 400', async () => {
    const unknown = '00000000-0000-4000-8000-000000000000';
    const missing = await step(server.url, cookies.hq!, unknown, 'confirm', {
      idChecked: true,
      paymentTaken: true,
    });
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe('order_not_found');
    expect((await call(server.url, `/api/orders/${unknown}`, { cookie: cookies.hq })).status).toBe(
      404,
    );
    const malformed = await step(server.url, cookies.hq!, "1' or '1'='1", 'confirm', {
      idChecked: true,
      paymentTaken: true,
    });
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.code).toBe('invalid_params');
  });

  it.each([
    ['confirm', {}],
    ['confirm', { idChecked: false }],
    ['confirm', { idChecked: 'true' }],
    ['confirm', { idChecked: 1 }],
    ['confirm', { idChecked: true }],
    ['confirm', { idChecked: true, paymentTaken: false }],
    ['confirm', { idChecked: true, paymentTaken: 'true' }],
    ['confirm', { paymentTaken: true }],
    ['confirm', { idChecked: true, paymentTaken: true, status: 'activated' }],
    ['confirm', { idChecked: true, paymentTaken: true, paidFen: 1 }],
    ['confirm', { idChecked: true, paymentTaken: true, note: 'x'.repeat(201) }],
    ['confirm', [{ idChecked: true, paymentTaken: true }]],
    ['confirm', null],
    ['activate', { status: 'activated' }],
    ['activate', 'activate'],
    ['cancel', {}],
    ['cancel', { reason: 'bored' }],
    ['cancel', { reason: 'other' }],
    ['cancel', { reason: 'duplicate', note: 42 }],
    ['cancel', { reason: ['duplicate'] }],
    ['cancel', { reason: 'duplicate', clerkId: 'user-hq' }],
  ])('refuses %s with %j (400) and changes nothing', async (action, body) => {
    const id = await freshOrder();
    if (action === 'activate')
      await step(server.url, cookies.clerk!, id, 'confirm', {
        idChecked: true,
        paymentTaken: true,
      });
    const before = await lifeOf(server.db, id);
    const reply = await step(server.url, cookies.clerk!, id, action, body);
    expect(reply.status).toBe(400);
    expect(reply.body.error.code).toBe('invalid_body');
    expect(await lifeOf(server.db, id)).toEqual(before);
  });

  it('refuses prototype-poisoning and malformed JSON bodies', async () => {
    const id = await freshOrder();
    for (const rawBody of [
      '{"idChecked": true, "paymentTaken": true, "__proto__": {"admin": true}}',
      '{"idChecked": true, "paymentTaken": true, "constructor": {"prototype": {"x": 1}}}',
      '{"idChecked": tru',
    ]) {
      const reply = await call(server.url, `/api/orders/${id}/confirm`, {
        cookie: cookies.clerk,
        rawBody,
      });
      expect(reply.status).toBe(400);
    }
    expect((await lifeOf(server.db, id)).status).toBe('received');
  });

  it('filters the list by status', async () => {
    const reply = await call(
      server.url,
      `/api/orders?storeId=${storeId}&status=confirmed&limit=500`,
      {
        cookie: cookies.manager,
      },
    );
    expect(reply.status).toBe(200);
    expect(reply.body.orders.length).toBeGreaterThan(0);
    expect(reply.body.orders.every((o: { status: string }) => o.status === 'confirmed')).toBe(true);
    const bad = await call(server.url, '/api/orders?status=lost', { cookie: cookies.hq });
    expect(bad.status).toBe(400);
  });

  it('shows the detail with masked personal data only', async () => {
    const id = await freshOrder();
    const reply = await call(server.url, `/api/orders/${id}`, { cookie: cookies.clerk });
    const text = JSON.stringify(reply.body);
    expect(text).not.toContain('11010519491231002X');
    expect(text).not.toContain('13800138000');
    expect(text).not.toContain('张三');
    expect(reply.body.order.clerk.displayName).toBeTruthy();
    expect(reply.body.order.events[0].actor.kind).toBe('device');
  });
});
