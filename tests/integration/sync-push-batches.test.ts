import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countRows, honestDraft, orderMutation, storeNumbers } from './support/fixtures';
import { call, enrolKiosk, signIn, type EnrolledKiosk } from './support/http-client';
import { dbKinds, startTestServer, type TestServer } from './support/test-server';

/** The set-based push: whole batches, concurrent copies of them, and every answer at once. */
describe.each(dbKinds)('pushing whole batches on %s', (kind) => {
  let server: TestServer;
  let hq: string;
  const store = 'sz-huaqiangbei';
  beforeAll(async () => {
    server = await startTestServer(kind);
    hq = await signIn(server.url, 'hq', 'showroom-hq');
  });
  afterAll(async () => server?.close());

  const push = (kiosk: EnrolledKiosk, body: unknown) =>
    call(server.url, '/api/sync/push', { token: kiosk.token, body });
  const countWhere = async (table: 'orders' | 'order_events', column: string, ids: string[]) => {
    const rows = await server.db
      .selectFrom(table)
      .select(column as 'id')
      .where(column as 'id', 'in', ids)
      .execute();
    return rows.length;
  };

  it.each([2, 5])(
    'keeps each order once when one batch arrives on %i connections at once',
    async (copies) => {
      const kiosk = await enrolKiosk(server.url, hq, store);
      const numbers = await storeNumbers(server.db, store);
      const drafts = await Promise.all(
        Array.from({ length: 12 }, (_, i) =>
          honestDraft(server.db, { storeId: store, number: i < 3 ? numbers[i] : null }),
        ),
      );
      const batch = { mutations: drafts.map((d) => orderMutation(d)), sentAt: Date.now() };
      const lastSeq = await server.db
        .selectFrom('changes')
        .select((eb) => eb.fn.max('seq').as('seq'))
        .executeTakeFirstOrThrow();
      const replies = await Promise.all(Array.from({ length: copies }, () => push(kiosk, batch)));

      for (const reply of replies) expect(reply.status).toBe(200);
      for (const [i, draft] of drafts.entries()) {
        const statuses = replies.map((r) => r.body.results[i].status).sort();
        expect(statuses).toEqual(['applied', ...Array(copies - 1).fill('duplicate')]);
        for (const reply of replies)
          expect(reply.body.results[i].result).toEqual({ orderId: draft.id, ticket: draft.ticket });
      }
      const ids = drafts.map((d) => d.id);
      expect(await countWhere('orders', 'id', ids)).toBe(drafts.length);
      expect(await countWhere('order_events', 'order_id', ids)).toBe(drafts.length);
      const records = await server.db
        .selectFrom('applied_mutations')
        .select('mutation_id')
        .where('device_id', '=', kiosk.deviceId)
        .execute();
      expect(records).toHaveLength(drafts.length);
      const sold = await server.db
        .selectFrom('changes')
        .select('key')
        .where('entity', '=', 'number')
        .where('seq', '>', Number(lastSeq.seq))
        .where(
          'key',
          'in',
          numbers.slice(0, 3).map((n) => n ?? ''),
        )
        .execute();
      // One "sold" change per number, not one per copy of the batch.
      expect(sold.map((c) => c.key).sort()).toEqual(numbers.slice(0, 3).sort());
    },
  );

  it('answers a mixed batch mutation by mutation and writes only what was applied', async () => {
    const kiosk = await enrolKiosk(server.url, hq, store);
    const [free, contested] = await storeNumbers(server.db, store);
    const earlier = orderMutation(await honestDraft(server.db, { storeId: store }));
    expect((await push(kiosk, { mutations: [earlier] })).body.results[0].status).toBe('applied');

    const valid = orderMutation(await honestDraft(server.db, { storeId: store, number: free }));
    const invalidDraft = await honestDraft(server.db, { storeId: store });
    const invalid = orderMutation({
      ...invalidDraft,
      customer: { ...invalidDraft.customer, phone: '123' },
    });
    const tamperedDraft = await honestDraft(server.db, { storeId: store });
    const tampered = orderMutation({
      ...tamperedDraft,
      lines: tamperedDraft.lines.map((line) =>
        line.kind === 'handset' ? { ...line, unitFen: line.unitFen - 1000 } : line,
      ),
      totalFen: tamperedDraft.totalFen - 1000,
    });
    const winner = orderMutation(
      await honestDraft(server.db, { storeId: store, number: contested }),
    );
    const loserDraft = await honestDraft(server.db, { storeId: store, number: contested });
    const loser = orderMutation(loserDraft);
    const analytics = {
      id: randomUUID(),
      type: 'analytics.event',
      createdAt: Date.now(),
      payload: { name: 'funnel.step', zoneId: null, experienceId: null, detail: 'review' },
    };
    const before = await countRows(server.db);

    const reply = await push(kiosk, {
      mutations: [valid, invalid, earlier, tampered, winner, loser, valid, analytics],
      sentAt: Date.now(),
    });
    expect(reply.status).toBe(200);
    const results = reply.body.results as { id: string; status: string; reason?: string }[];
    expect(results.map((r) => [r.id, r.status, r.reason])).toEqual([
      [valid.id, 'applied', undefined],
      [invalid.id, 'rejected', expect.stringMatching(/^customer\.phone/)],
      [earlier.id, 'duplicate', undefined],
      [tampered.id, 'conflict', 'price_changed'],
      [winner.id, 'applied', undefined],
      [loser.id, 'conflict', 'number_unavailable'],
      [valid.id, 'duplicate', undefined],
      [analytics.id, 'applied', undefined],
    ]);
    expect(reply.body.results[2].result).toEqual({
      orderId: earlier.payload.id,
      ticket: earlier.payload.ticket,
    });
    expect(reply.body.results[6].result).toEqual(reply.body.results[0].result);
    const alternatives = reply.body.results[5].alternatives as string[];
    expect(alternatives.length).toBeGreaterThan(0);
    expect(alternatives).not.toContain(contested);
    expect(alternatives).not.toContain(free);

    const after = await countRows(server.db);
    const added = (table: string) => (after[table] ?? 0) - (before[table] ?? 0);
    expect(added('orders')).toBe(2);
    expect(added('order_events')).toBe(2);
    expect(added('analytics_events')).toBe(1);
    // One record per new mutation id: valid, invalid, tampered, winner, loser, analytics.
    expect(added('applied_mutations')).toBe(6);
    expect(added('changes')).toBe(2); // the two numbers sold
    for (const draft of [invalidDraft, tamperedDraft, loserDraft])
      expect(await countWhere('orders', 'id', [draft.id])).toBe(0);

    // Every answer is stored: the whole batch again gets the same answers, as duplicates.
    const again = await push(kiosk, {
      mutations: [valid, invalid, earlier, tampered, winner, loser, valid, analytics],
    });
    expect(again.body.results.map((r: { status: string }) => r.status)).toEqual([
      'duplicate',
      'rejected',
      'duplicate',
      'conflict',
      'duplicate',
      'conflict',
      'duplicate',
      'duplicate',
    ]);
    expect(again.body.results[5]).toEqual(reply.body.results[5]);
    expect(await countRows(server.db)).toEqual(after);
  });

  it('keeps a batch of 500 orders under the push body limit and applies it whole', async () => {
    const kiosk = await enrolKiosk(server.url, hq, store);
    const template = await honestDraft(server.db, { storeId: store });
    const mutations = Array.from({ length: 500 }, () => {
      const id = randomUUID();
      return orderMutation({ ...template, id, ticket: template.ticket });
    });
    const body = { mutations, sentAt: Date.now() };
    expect(JSON.stringify(body).length).toBeLessThan(4 * 1024 * 1024);
    const reply = await push(kiosk, body);
    expect(reply.status).toBe(200);
    expect(new Set(reply.body.results.map((r: { status: string }) => r.status))).toEqual(
      new Set(['applied']),
    );
    expect(
      await countWhere(
        'orders',
        'id',
        mutations.map((m) => m.payload.id),
      ),
    ).toBe(500);
  });

  it('records the contact with the push, even when the envelope is refused', async () => {
    const kiosk = await enrolKiosk(server.url, hq, store);
    const seen = () =>
      server.db
        .selectFrom('devices')
        .select(['last_seen_at', 'clock_offset_ms'])
        .where('id', '=', kiosk.deviceId)
        .executeTakeFirstOrThrow();
    expect((await seen()).last_seen_at).toBeNull();
    const before = Date.now();
    const refused = await push(kiosk, { mutations: [] });
    expect(refused.status).toBe(400);
    await new Promise((resolve) => setTimeout(resolve, 50)); // recorded after the answer
    expect((await seen()).last_seen_at).toBeGreaterThanOrEqual(before);

    const beat = {
      id: randomUUID(),
      type: 'heartbeat',
      createdAt: Date.now(),
      payload: {
        appVersion: '1',
        contentCursor: 0,
        outboxDepth: 0,
        lastSyncAt: null,
        storageUsage: null,
        storageQuota: null,
        persisted: null,
      },
    };
    const later = Date.now();
    await push(kiosk, { mutations: [beat], sentAt: later - 60_000 });
    const after = await seen();
    expect(after.last_seen_at).toBeGreaterThanOrEqual(later);
    expect(after.clock_offset_ms).toBeGreaterThanOrEqual(60_000);
  });
});
