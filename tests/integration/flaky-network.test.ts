import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startChaosProxy, type ChaosProxy, type Fault } from './support/chaos-proxy';
import { honestDraft, orderMutation, storeNumbers } from './support/fixtures';
import { call, enrolKiosk, signIn, type EnrolledKiosk } from './support/http-client';
import { dbKinds, startTestServer, type TestServer } from './support/test-server';

describe.each(dbKinds)('pushing over a store’s unreliable network on %s', (kind) => {
  let server: TestServer;
  let proxy: ChaosProxy;
  let kiosk: EnrolledKiosk;
  let nextFault: Fault = { kind: 'pass' };
  const store = 'bj-xidan';
  beforeAll(async () => {
    server = await startTestServer(kind);
    kiosk = await enrolKiosk(server.url, await signIn(server.url, 'hq', 'showroom-hq'), store);
    proxy = await startChaosProxy(server.url, () => nextFault);
  });
  afterAll(async () => {
    await proxy?.close();
    await server?.close();
  });

  const orderCount = async (id: string) =>
    (await server.db.selectFrom('orders').select('id').where('id', '=', id).execute()).length;

  it('applies once when the answer is lost after the commit and the kiosk retries', async () => {
    const [number] = await storeNumbers(server.db, store);
    const draft = await honestDraft(server.db, { storeId: store, number });
    const batch = { mutations: [orderMutation(draft)] };
    nextFault = { kind: 'cutAfterCommit' };
    await expect(
      call(proxy.url, '/api/sync/push', { token: kiosk.token, body: batch }),
    ).rejects.toThrow();
    expect(await orderCount(draft.id)).toBe(1);

    nextFault = { kind: 'pass' };
    const retry = await call(proxy.url, '/api/sync/push', { token: kiosk.token, body: batch });
    expect(retry.body.results[0]).toMatchObject({
      status: 'duplicate',
      result: { orderId: draft.id, ticket: draft.ticket },
    });
    expect(await orderCount(draft.id)).toBe(1);
  });

  it('applies once when the network delivers the same push twice at once', async () => {
    const draft = await honestDraft(server.db, { storeId: store });
    nextFault = { kind: 'duplicate' };
    const reply = await call(proxy.url, '/api/sync/push', {
      token: kiosk.token,
      body: { mutations: [orderMutation(draft)] },
    });
    expect(['applied', 'duplicate']).toContain(reply.body.results[0].status);
    expect(await orderCount(draft.id)).toBe(1);
    expect(proxy.counts.duplicate).toBe(1);
  });
});
