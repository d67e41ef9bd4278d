import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { numberHoldMs } from '../../shared';
import { enrolKiosk, signIn, type EnrolledKiosk } from './support/http-client';
import { honestDraft, storeNumbers } from './support/fixtures';
import { hold, numberRow, ordersOfNumber, pushDrafts } from './support/number-book';
import { dbKinds, startTestServer, type TestServer } from './support/test-server';

describe.each(dbKinds)('number holds on %s', (kind) => {
  let server: TestServer;
  let clock = Date.now();
  let first: EnrolledKiosk;
  let second: EnrolledKiosk;
  let elsewhere: EnrolledKiosk;
  const store = 'sh-nanjing-road';
  let available: string[];
  const holdRows = (number: string) =>
    server.db.selectFrom('number_holds').selectAll().where('number', '=', number).execute();

  beforeAll(async () => {
    server = await startTestServer(kind, { now: () => clock });
    const hq = await signIn(server.url, 'hq', 'showroom-hq');
    first = await enrolKiosk(server.url, hq, store);
    second = await enrolKiosk(server.url, hq, store);
    elsewhere = await enrolKiosk(server.url, hq, 'bj-xidan');
    available = await storeNumbers(server.db, store);
    expect(available.length).toBeGreaterThanOrEqual(6);
  });
  afterAll(async () => server?.close());

  it('gives a kiosk a lease, renews it for the same kiosk and refuses another kiosk', async () => {
    const number = available[0]!;
    const taken = await hold(server.url, first.token, number);
    expect(taken.status).toBe(200);
    expect(taken.body).toEqual({
      number,
      deviceId: first.deviceId,
      expiresAt: clock + numberHoldMs,
    });

    clock += 60_000;
    const renewed = await hold(server.url, first.token, number);
    expect(renewed.status).toBe(200);
    expect(renewed.body.expiresAt).toBe(clock + numberHoldMs);

    const refused = await hold(server.url, second.token, number);
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('numberHeld');
    expect(await holdRows(number)).toMatchObject([{ device_id: first.deviceId }]);
  });

  it('lets another kiosk take the number once the holder releases it', async () => {
    const number = available[1]!;
    expect((await hold(server.url, first.token, number)).status).toBe(200);
    // Another kiosk's release leaves the lease alone.
    expect((await hold(server.url, second.token, number, 'DELETE')).status).toBe(204);
    expect(await holdRows(number)).toHaveLength(1);
    expect((await hold(server.url, first.token, number, 'DELETE')).status).toBe(204);
    expect(await holdRows(number)).toHaveLength(0);
    const taken = await hold(server.url, second.token, number);
    expect(taken.status).toBe(200);
    expect(taken.body.deviceId).toBe(second.deviceId);
  });

  it('lets another kiosk take the number once the lease has expired', async () => {
    const number = available[2]!;
    expect((await hold(server.url, first.token, number)).status).toBe(200);
    clock += numberHoldMs - 1;
    expect((await hold(server.url, second.token, number)).status).toBe(409);
    clock += 1;
    const taken = await hold(server.url, second.token, number);
    expect(taken.status).toBe(200);
    expect(taken.body.deviceId).toBe(second.deviceId);
  });

  it('answers 404 for a number of another store and 409 for a sold one', async () => {
    const notHere = await hold(server.url, elsewhere.token, available[3]!);
    expect(notHere.status).toBe(404);
    expect(notHere.body.error.code).toBe('numberNotInStore');
    // A number this test sells itself, rather than one the demo happens to have sold.
    const sold = available[7]!;
    const [placed] = await pushDrafts(server.url, second.token, [
      await honestDraft(server.db, { storeId: store, number: sold }),
    ]);
    expect(placed).toMatchObject({ status: 'applied' });
    expect((await numberRow(server.db, sold))?.status).toBe('sold');
    const refused = await hold(server.url, first.token, sold!);
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('numberUnavailable');
    expect((await hold(server.url, first.token, '1234')).status).toBe(400);
  });

  it('answers 401 without a device token', async () => {
    const reply = await fetch(`${server.url}/api/numbers/${available[4]}/hold`, {
      method: 'POST',
    });
    expect(reply.status).toBe(401);
  });

  it("gives an offline order for another kiosk's held number a conflict, and the holder's order wins", async () => {
    const number = available[4]!;
    expect((await hold(server.url, first.token, number)).status).toBe(200);
    const loser = await honestDraft(server.db, { storeId: store, number });
    const [lost] = await pushDrafts(server.url, second.token, [loser]);
    expect(lost).toMatchObject({ status: 'conflict', reason: 'number_unavailable' });
    expect((await numberRow(server.db, number))?.status).toBe('available');

    const winner = await honestDraft(server.db, { storeId: store, number });
    const [won] = await pushDrafts(server.url, first.token, [winner]);
    expect(won?.status).toBe('applied');
    expect((await numberRow(server.db, number))?.status).toBe('sold');
    expect(await holdRows(number)).toHaveLength(0);
    expect(await ordersOfNumber(server.db, number)).toEqual([{ id: winner.id, number }]);
  });

  it('sells a number whose lease of another kiosk has expired', async () => {
    const number = available[5]!;
    expect((await hold(server.url, first.token, number)).status).toBe(200);
    clock += numberHoldMs + 1;
    const order = await honestDraft(server.db, { storeId: store, number });
    const [answer] = await pushDrafts(server.url, second.token, [order]);
    expect(answer?.status).toBe('applied');
    expect(await holdRows(number)).toHaveLength(0);
    // The first kiosk's lease is gone with the sale: renewing it finds the number sold.
    const renewed = await hold(server.url, first.token, number);
    expect(renewed.status).toBe(409);
    expect(renewed.body.error.code).toBe('numberUnavailable');
  });
});
