import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { orderConsentVersion, orderDetailResponseSchema } from '../../shared';
import { honestDraft } from './support/fixtures';
import { call, enrolKiosk, signIn, type EnrolledKiosk } from './support/http-client';
import { pushDrafts } from './support/number-book';
import { dbKinds, startTestServer, type TestServer } from './support/test-server';

const storeId = 'cd-chunxi';

describe.each(dbKinds)('the customer’s consent recorded with the order on %s', (kind) => {
  let server: TestServer;
  let kiosk: EnrolledKiosk;
  let manager: string;
  beforeAll(async () => {
    server = await startTestServer(kind);
    const hq = await signIn(server.url, 'hq', 'showroom-hq');
    kiosk = await enrolKiosk(server.url, hq, storeId);
    manager = await signIn(server.url, `${storeId}-manager`, 'showroom-manager');
  });
  afterAll(async () => server?.close());

  const detailOf = async (orderId: string) => {
    const reply = await call(server.url, `/api/orders/${orderId}`, { cookie: manager });
    expect(reply.status).toBe(200);
    return orderDetailResponseSchema.parse(reply.body).order;
  };
  const orderRow = (orderId: string) =>
    server.db.selectFrom('orders').selectAll().where('id', '=', orderId).executeTakeFirst();

  it('stores which consent text was ticked and when, and the console’s detail shows both', async () => {
    const draft = await honestDraft(server.db, { storeId });
    const givenAt = draft.createdAt - 42_000;
    draft.consent = { textVersion: orderConsentVersion, givenAt };
    const [result] = await pushDrafts(server.url, kiosk.token, [draft]);
    expect(result?.status).toBe('applied');
    expect(await orderRow(draft.id)).toMatchObject({
      consent_text_version: orderConsentVersion,
      consent_given_at: givenAt,
    });
    expect((await detailOf(draft.id)).consent).toEqual({
      textVersion: orderConsentVersion,
      givenAt,
    });
  });

  it.each([
    ['no consent at all', undefined, /^consent: An order needs the customer’s consent/],
    [
      'a consent text it does not know',
      { textVersion: 'made-up', givenAt: 1 },
      /^consent\.textVersion/,
    ],
    ['a consent without its time', { textVersion: orderConsentVersion }, /^consent\.givenAt/],
  ])('rejects an order with %s, saying why, and stores nothing', async (_name, consent, reason) => {
    const draft = { ...(await honestDraft(server.db, { storeId })), consent };
    const reply = await call(server.url, '/api/sync/push', {
      token: kiosk.token,
      body: {
        mutations: [
          { id: draft.id, type: 'order.place', payload: draft, createdAt: draft.createdAt },
        ],
      },
    });
    expect(reply.status).toBe(200);
    const [result] = reply.body.results as { status: string; reason?: string }[];
    expect(result?.status).toBe('rejected');
    expect(result?.reason).toMatch(reason);
    expect(await orderRow(draft.id)).toBeUndefined();
  });

  it('says the consent was not recorded for an order from before it was kept', async () => {
    const draft = await honestDraft(server.db, { storeId });
    await pushDrafts(server.url, kiosk.token, [draft]);
    // What migration 016 leaves on the orders placed before it.
    await server.db
      .updateTable('orders')
      .set({ consent_text_version: null, consent_given_at: null })
      .where('id', '=', draft.id)
      .execute();
    expect((await detailOf(draft.id)).consent).toBeNull();
  });
});
