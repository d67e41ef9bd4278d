import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changeSchema, type Change } from '../../shared';
import { call, enrolKiosk, signIn, type EnrolledKiosk } from './support/http-client';
import { dbKinds, startTestServer, type TestServer } from './support/test-server';

describe.each(dbKinds)('pulling content on %s', (kind) => {
  let server: TestServer;
  let kiosk: EnrolledKiosk;
  beforeAll(async () => {
    server = await startTestServer(kind);
    kiosk = await enrolKiosk(
      server.url,
      await signIn(server.url, 'hq', 'showroom-hq'),
      'gz-tianhe',
    );
  });
  afterAll(async () => server?.close());

  it('pages through the whole change log two at a time, in order, ending with more=false', async () => {
    const seen: Change[] = [];
    let cursor = 0;
    let pages = 0;
    for (;;) {
      const reply = await call(server.url, `/api/sync/pull?since=${cursor}&limit=2`, {
        token: kiosk.token,
      });
      expect(reply.status).toBe(200);
      const { changes, cursor: next, more } = reply.body;
      expect(changes.length).toBeLessThanOrEqual(2);
      for (const change of changes) seen.push(changeSchema.parse(change));
      if (changes.length > 0) {
        expect(next).toBe(changes.at(-1).seq);
        expect(next).toBeGreaterThan(cursor);
      } else {
        expect(next).toBe(cursor);
      }
      cursor = next;
      pages++;
      if (!more) break;
      expect(changes.length).toBe(2);
    }
    expect(pages).toBeGreaterThan(50);
    const seqs = seen.map((c) => c.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    expect(new Set(seqs).size).toBe(seqs.length);

    const visible = await server.db
      .selectFrom('changes')
      .select('seq')
      .where((eb) => eb.or([eb('store_id', 'is', null), eb('store_id', '=', 'gz-tianhe')]))
      .execute();
    expect(seen.length).toBe(visible.length);
    expect(seen.filter((c) => c.entity === 'handset').length).toBe(server.demo.handsets);
    expect(seen.filter((c) => c.entity === 'zone').length).toBe(5);
    expect(seen.filter((c) => c.entity === 'plan').length).toBeGreaterThanOrEqual(8);

    // Numbers and stock are store-scoped: only this kiosk's store's rows arrive.
    const scoped = seen.filter((c) => c.entity === 'number' || c.entity === 'stock');
    expect(scoped.length).toBeGreaterThan(0);
    for (const change of scoped) expect(change.data?.storeId).toBe('gz-tianhe');

    const after = await call(server.url, `/api/sync/pull?since=${cursor}&limit=2`, {
      token: kiosk.token,
    });
    expect(after.body).toEqual({ changes: [], cursor, more: false });
  });

  it('reads from the start with the default limit when no query is given', async () => {
    const reply = await call(server.url, '/api/sync/pull', { token: kiosk.token });
    expect(reply.status).toBe(200);
    const visible = await server.db
      .selectFrom('changes')
      .select('seq')
      .where((eb) => eb.or([eb('store_id', 'is', null), eb('store_id', '=', 'gz-tianhe')]))
      .execute();
    expect(reply.body.changes.length).toBe(Math.min(200, visible.length));
    expect(reply.body.changes[0].seq).toBe(1);
    expect(reply.body.more).toBe(visible.length > 200);
  });

  it('refuses an unknown token, a revoked kiosk and a console cookie with 401', async () => {
    expect((await call(server.url, '/api/sync/pull', { token: 'x'.repeat(43) })).status).toBe(401);
    expect((await call(server.url, '/api/sync/pull')).status).toBe(401);
    const cookie = await signIn(server.url, 'hq', 'showroom-hq');
    expect((await call(server.url, '/api/sync/pull', { cookie })).status).toBe(401);

    const revoked = await enrolKiosk(server.url, cookie, 'gz-tianhe');
    expect((await call(server.url, '/api/sync/pull', { token: revoked.token })).status).toBe(200);
    await server.db
      .updateTable('devices')
      .set({ revoked_at: Date.now() })
      .where('id', '=', revoked.deviceId)
      .execute();
    const pull = await call(server.url, '/api/sync/pull', { token: revoked.token });
    expect(pull.status).toBe(401);
    expect(pull.body.error.code).toBe('unauthorized');
    const push = await call(server.url, '/api/sync/push', {
      token: revoked.token,
      body: {
        mutations: [
          { id: crypto.randomUUID(), type: 'heartbeat', payload: {}, createdAt: Date.now() },
        ],
      },
    });
    expect(push.status).toBe(401);
    expect(
      await server.db
        .selectFrom('applied_mutations')
        .select('mutation_id')
        .where('device_id', '=', revoked.deviceId)
        .execute(),
    ).toEqual([]);
  });

  it('records when a kiosk was last seen on every authenticated call', async () => {
    const before = Date.now();
    await call(server.url, '/api/sync/pull?limit=1', { token: kiosk.token });
    const row = await server.db
      .selectFrom('devices')
      .select('last_seen_at')
      .where('id', '=', kiosk.deviceId)
      .executeTakeFirstOrThrow();
    expect(row.last_seen_at).toBeGreaterThanOrEqual(before);
  });
});
