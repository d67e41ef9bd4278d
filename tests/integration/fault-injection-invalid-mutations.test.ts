import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countRows, honestDraft, orderMutation, storeNumbers } from './support/fixtures';
import { call, enrolKiosk, signIn, type EnrolledKiosk } from './support/http-client';
import { dbKinds, startTestServer, type TestServer } from './support/test-server';

/**
 * What sync-push-rules.test.ts does not yet pin down: a batch mixing many kinds of invalid
 * mutations with valid ones changes exactly what the valid ones write (row counts of every
 * table before and after), answers in the batch's order, and a retry of the batch changes
 * nothing at all.
 */
describe.each(dbKinds)('invalid mutations in a batch on %s', (kind) => {
  let server: TestServer;
  let kiosk: EnrolledKiosk;
  const store = 'sh-nanjing-road';
  beforeAll(async () => {
    server = await startTestServer(kind);
    kiosk = await enrolKiosk(server.url, await signIn(server.url, 'hq', 'showroom-hq'), store);
  });
  afterAll(async () => server?.close());

  const push = (mutations: unknown[]) =>
    call(server.url, '/api/sync/push', { token: kiosk.token, body: { mutations } });
  const envelope = (type: string, payload: unknown) => ({
    id: randomUUID(),
    type,
    payload,
    createdAt: Date.now(),
  });
  const heartbeat = (outboxDepth: number) =>
    envelope('heartbeat', {
      appVersion: '0.4.0',
      contentCursor: 7,
      outboxDepth,
      lastSyncAt: null,
      storageUsage: null,
      storageQuota: null,
      persisted: null,
    });
  const numberStatus = async (number: string) =>
    (
      await server.db
        .selectFrom('numbers')
        .select('status')
        .where('number', '=', number)
        .executeTakeFirstOrThrow()
    ).status;

  it('rejects each invalid mutation with a reason and applies exactly the valid ones', async () => {
    const [n1, n2, n3, n4] = await storeNumbers(server.db, store);
    const withNumber = async (number: string | undefined) =>
      honestDraft(server.db, { storeId: store, number });
    const valid = [
      orderMutation(await withNumber(n1)),
      orderMutation(await withNumber(undefined)),
      orderMutation(await withNumber(n2)),
      orderMutation(await honestDraft(server.db, { storeId: store, planId: null })),
    ];
    const base = await withNumber(n3);
    const foreign = await honestDraft(server.db, { storeId: 'cd-chunxi' });
    const invalid: [unknown, RegExp][] = [
      [envelope('order.place', null), /payload|expected object/i],
      [envelope('order.place', { ...base, customer: undefined }), /customer/],
      [
        orderMutation({ ...base, customer: { ...base.customer, idNumber: '110105194912310021' } }),
        /customer\.idNumber/,
      ],
      [orderMutation({ ...base, totalFen: -1 }), /totalFen/],
      [orderMutation({ ...base, lines: [] }), /lines/],
      [orderMutation({ ...base, number: '123' }), /number/],
      [orderMutation({ ...base, id: 'not-a-uuid' }), /^id/],
      [envelope('order.place', "x'; DROP TABLE orders; --"), /payload|expected object/i],
      [heartbeat(-1), /outboxDepth/],
      [
        envelope('analytics.event', { name: 'zone.hacked', zoneId: null, experienceId: null }),
        /name/,
      ],
      [envelope('order.cancel', { id: base.id }), /Unknown mutation type/],
      [orderMutation(foreign), /^wrong_store$/],
      [
        orderMutation({ ...base, id: randomUUID(), handsetId: 'no-such-phone' }),
        /^unknown_handset$/,
      ],
      [orderMutation({ ...base, id: randomUUID(), planId: 'no-such-plan' }), /^unknown_plan$/],
      [orderMutation(valid[1]!.payload), /^duplicate_order$/],
    ];
    const event = envelope('analytics.event', {
      name: 'zone.viewed',
      zoneId: 'zone-business',
      experienceId: null,
      detail: null,
    });
    // Valid and invalid interleaved, so a set-based apply cannot lean on their order.
    const batch = [
      valid[0],
      ...invalid.slice(0, 5).map(([m]) => m),
      valid[1],
      heartbeat(5),
      ...invalid.slice(5, 10).map(([m]) => m),
      valid[2],
      event,
      ...invalid.slice(10).map(([m]) => m),
      valid[3],
    ];
    const before = await countRows(server.db);
    const reply = await push(batch);
    expect(reply.status).toBe(200);
    const results: { id: string; status: string; reason?: string }[] = reply.body.results;
    expect(results.map((r) => r.id)).toEqual(batch.map((m) => (m as { id: string }).id));

    const answerOf = (m: unknown) => results.find((r) => r.id === (m as { id: string }).id);
    for (const m of [...valid, event]) expect(answerOf(m)?.status).toBe('applied');
    expect(answerOf(batch[7])?.status).toBe('applied'); // the valid heartbeat
    for (const [m, reason] of invalid) {
      const answer = answerOf(m);
      expect(answer?.status, JSON.stringify(m).slice(0, 120)).toBe('rejected');
      expect(answer?.reason).toMatch(reason);
    }

    const after = await countRows(server.db);
    const expected = { ...before };
    expected.applied_mutations = before.applied_mutations! + batch.length;
    expected.orders = before.orders! + valid.length;
    expected.order_events = before.order_events! + valid.length;
    expected.changes = before.changes! + 2; // n1 and n2 sold
    expected.analytics_events = before.analytics_events! + 1;
    expect(after).toEqual(expected);
    expect([await numberStatus(n1!), await numberStatus(n2!)]).toEqual(['sold', 'sold']);
    expect([await numberStatus(n3!), await numberStatus(n4!)]).toEqual(['available', 'available']);
    const device = await server.db
      .selectFrom('devices')
      .select(['outbox_depth', 'app_version'])
      .where('id', '=', kiosk.deviceId)
      .executeTakeFirstOrThrow();
    expect(device).toEqual({ outbox_depth: 5, app_version: '0.4.0' });

    // The same batch again: the same answers (applied → duplicate), and not one row more.
    const retry = await push(batch);
    expect(retry.body.results).toEqual(
      results.map((r) => (r.status === 'applied' ? { ...r, status: 'duplicate' } : r)),
    );
    expect(await countRows(server.db)).toEqual(after);
  });

  it('writes only the record of each mutation when a whole batch is invalid', async () => {
    const [number] = await storeNumbers(server.db, store);
    const draft = await honestDraft(server.db, { storeId: store, number });
    const batch = [
      envelope('order.place', {
        ...draft,
        lines: [{ kind: 'gift', refId: 'x', unitFen: 1, quantity: 1 }],
      }),
      orderMutation({ ...draft, customer: { ...draft.customer, phone: '12' } }),
      orderMutation({ ...draft, storeId: 'cd-chunxi' }),
    ];
    const before = await countRows(server.db);
    const reply = await push(batch);
    expect(reply.status).toBe(200);
    expect(reply.body.results.map((r: { status: string }) => r.status)).toEqual([
      'rejected',
      'rejected',
      'rejected',
    ]);
    expect(await countRows(server.db)).toEqual({
      ...before,
      applied_mutations: before.applied_mutations! + batch.length,
    });
    expect(await numberStatus(number!)).toBe('available');
  });
});
