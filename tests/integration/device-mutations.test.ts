import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deviceMutationsResponseSchema, devicesResponseSchema } from '../../shared';
import { honestDraft, orderMutation, storeNumbers, validIdNumber } from './support/fixtures';
import { call, enrolKiosk, signIn, type EnrolledKiosk } from './support/http-client';
import { dbKinds, startTestServer, type TestServer } from './support/test-server';

describe.each(dbKinds)('a kiosk’s refused mutations in the console on %s', (kind) => {
  let server: TestServer;
  let hq: string;
  let kiosk: EnrolledKiosk;
  const store = 'bj-xidan';
  const pushed: Record<string, string> = {};
  beforeAll(async () => {
    server = await startTestServer(kind);
    hq = await signIn(server.url, 'hq', 'showroom-hq');
    kiosk = await enrolKiosk(server.url, hq, store);

    const [number] = await storeNumbers(server.db, store);
    const winner = orderMutation(await honestDraft(server.db, { storeId: store, number }));
    const loser = orderMutation(await honestDraft(server.db, { storeId: store, number }));
    const badDraft = await honestDraft(server.db, { storeId: store });
    const badId = orderMutation({
      ...badDraft,
      customer: { ...badDraft.customer, idNumber: '110105194912310021' },
    });
    // A kiosk bug that puts a customer's phone where the type goes: the console shows it masked.
    const oddType = { id: randomUUID(), type: 'note.13912345678', payload: {}, createdAt: 1_000 };
    const reply = await call(server.url, '/api/sync/push', {
      token: kiosk.token,
      body: { mutations: [winner, loser, badId, oddType], sentAt: Date.now() },
    });
    expect(reply.body.results.map((r: { status: string }) => r.status)).toEqual([
      'applied',
      'conflict',
      'rejected',
      'rejected',
    ]);
    Object.assign(pushed, {
      winner: winner.id,
      loser: loser.id,
      badId: badId.id,
      oddType: oddType.id,
    });
  });
  afterAll(async () => server?.close());

  const mutationsOf = (deviceId: string, cookie: string, query = '') =>
    call(server.url, `/api/devices/${deviceId}/mutations${query}`, { cookie });

  it('counts each kiosk’s rejected and conflicting mutations in the fleet list', async () => {
    const reply = await call(server.url, `/api/devices?storeId=${store}`, { cookie: hq });
    const devices = devicesResponseSchema.parse(reply.body).devices;
    expect(devices.find((d) => d.id === kiosk.deviceId)).toMatchObject({
      rejectedCount: 2,
      conflictCount: 1,
    });
    const others = devices.filter((d) => d.id !== kiosk.deviceId);
    expect(others.length).toBeGreaterThan(0);
    for (const other of others) expect(other).toMatchObject({ rejectedCount: 0, conflictCount: 0 });
  });

  it('lists them newest first with reason, type and both times, never the order itself', async () => {
    const reply = await mutationsOf(kiosk.deviceId, hq);
    expect(reply.status).toBe(200);
    const { mutations } = deviceMutationsResponseSchema.parse(reply.body);
    expect(mutations.map((m) => m.id).sort()).toEqual(
      [pushed.loser, pushed.badId, pushed.oddType].sort(),
    );
    const loser = mutations.find((m) => m.id === pushed.loser);
    expect(loser).toMatchObject({
      type: 'order.place',
      status: 'conflict',
      reason: 'number_unavailable',
      alternatives: expect.any(Number),
    });
    expect(loser?.receivedAt).toBeGreaterThanOrEqual(loser?.deviceCreatedAt ?? Infinity);
    expect(mutations.find((m) => m.id === pushed.badId)?.reason).toMatch(/customer\.idNumber/);
    const odd = mutations.find((m) => m.id === pushed.oddType);
    expect(odd?.reason).toContain('139******78');
    expect(odd?.deviceCreatedAt).toBe(1_000);

    const text = JSON.stringify(reply.body);
    for (const secret of [
      '13912345678',
      '110105194912310021',
      validIdNumber,
      '13800138000',
      '张三',
    ])
      expect(text).not.toContain(secret);
  });

  it('filters by status', async () => {
    const rejected = await mutationsOf(kiosk.deviceId, hq, '?status=rejected');
    expect(rejected.body.mutations.map((m: { status: string }) => m.status)).toEqual([
      'rejected',
      'rejected',
    ]);
    const conflicts = await mutationsOf(kiosk.deviceId, hq, '?status=conflict&limit=1');
    expect(conflicts.body.mutations).toHaveLength(1);
    expect((await mutationsOf(kiosk.deviceId, hq, '?status=applied')).status).toBe(400);
  });

  it('shows them to HQ and the store’s own manager only', async () => {
    const manager = await signIn(server.url, `${store}-manager`, 'showroom-manager');
    expect((await mutationsOf(kiosk.deviceId, manager)).status).toBe(200);
    const otherManager = await signIn(server.url, 'cd-chunxi-manager', 'showroom-manager');
    expect((await mutationsOf(kiosk.deviceId, otherManager)).status).toBe(403);
    const clerk = await signIn(server.url, `${store}-clerk1`, 'showroom-clerk');
    expect((await mutationsOf(kiosk.deviceId, clerk)).status).toBe(403);
    const asKiosk = await call(server.url, `/api/devices/${kiosk.deviceId}/mutations`, {
      token: kiosk.token,
    });
    expect(asKiosk.status).toBe(401);
    expect((await mutationsOf(randomUUID(), hq)).status).toBe(404);
    expect((await mutationsOf('bad id!', hq)).status).toBe(400);
  });
});
