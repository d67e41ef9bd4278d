import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { salesReportSchema, storeDayOfInstant, todayReportSchema } from '../../shared';
import { honestDraft, orderMutation } from './support/fixtures';
import { call, enrolKiosk, signIn, type EnrolledKiosk } from './support/http-client';
import { dbKinds, startTestServer, type TestServer } from './support/test-server';

/**
 * The live view of today as a manager watches it: orders arrive the way they do in a store,
 * pushed by the kiosk through sync, and today's figures and the day's sales move with them —
 * once per order, however often the kiosk pushes it.
 */
describe.each(dbKinds)('today, as kiosks sync, on %s', (kind) => {
  const storeId = 'cd-chunxi';
  let server: TestServer;
  let manager: string;
  let kiosk: EnrolledKiosk;
  beforeAll(async () => {
    server = await startTestServer(kind);
    const hq = await signIn(server.url, 'hq', 'showroom-hq');
    manager = await signIn(server.url, `${storeId}-manager`, 'showroom-manager');
    kiosk = await enrolKiosk(server.url, hq, storeId);
  });
  afterAll(async () => server?.close());

  const today = async () => {
    const reply = await call(server.url, '/api/reports/today', { cookie: manager });
    expect(reply.status).toBe(200);
    return todayReportSchema.parse(reply.body);
  };
  const salesOfToday = async () => {
    const day = storeDayOfInstant(Date.now());
    const reply = await call(
      server.url,
      `/api/reports/sales?storeId=${storeId}&from=${day}&to=${day}&groupBy=day`,
      { cookie: manager },
    );
    expect(reply.status).toBe(200);
    return salesReportSchema.parse(reply.body).totals;
  };
  const push = (mutations: unknown[]) =>
    call(server.url, '/api/sync/push', { token: kiosk.token, body: { mutations } });

  it('counts an order pushed by the kiosk once, in today and in the day’s sales', async () => {
    const before = await today();
    const salesBefore = await salesOfToday();
    const draft = await honestDraft(server.db, { storeId });
    const mutation = orderMutation(draft);
    const first = await push([mutation]);
    expect(first.body.results[0].status).toBe('applied');

    const after = await today();
    expect(after.totals.orders).toBe(before.totals.orders + 1);
    expect(after.totals.revenueFen).toBe(before.totals.revenueFen + draft.totalFen);
    expect(after.latest[0]).toMatchObject({
      ticket: draft.ticket,
      storeId,
      totalFen: draft.totalFen,
      status: 'received',
    });
    const sales = await salesOfToday();
    expect(sales.orders).toBe(salesBefore.orders + 1);
    expect(sales.revenueFen).toBe(salesBefore.revenueFen + draft.totalFen);

    // The kiosk did not hear the answer and pushes the same order again, twice at once.
    const again = await Promise.all([push([mutation]), push([mutation])]);
    for (const reply of again) expect(reply.body.results[0].status).toBe('duplicate');
    expect((await today()).totals).toEqual(after.totals);
    expect(await salesOfToday()).toEqual(sales);
  });

  it('moves revenue out when the order is cancelled, and keeps the count', async () => {
    const draft = await honestDraft(server.db, { storeId });
    expect((await push([orderMutation(draft)])).body.results[0].status).toBe('applied');
    const before = await today();
    const cancelled = await call(server.url, `/api/orders/${draft.id}/cancel`, {
      cookie: manager,
      body: { reason: 'customer_changed_mind' },
    });
    expect(cancelled.status).toBe(200);
    const after = await today();
    expect(after.totals.orders).toBe(before.totals.orders);
    expect(after.totals.cancelled).toBe(before.totals.cancelled + 1);
    expect(after.totals.revenueFen).toBe(before.totals.revenueFen - draft.totalFen);
    expect(after.latest.find((order) => order.ticket === draft.ticket)?.status).toBe('cancelled');
  });
});
