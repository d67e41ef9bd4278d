import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, enrolKiosk, signIn } from './support/http-client';
import { pullAll } from './support/content-fixtures';
import { dbKinds, startTestServer, type TestServer } from './support/test-server';

describe.each(dbKinds)('users, passwords, kiosk revocation and the audit log on %s', (kind) => {
  let server: TestServer;
  let hq: string;
  let manager: string;
  let clerk: string;
  beforeAll(async () => {
    server = await startTestServer(kind);
    hq = await signIn(server.url, 'hq', 'showroom-hq');
    manager = await signIn(server.url, 'bj-xidan-manager', 'showroom-manager');
    clerk = await signIn(server.url, 'bj-xidan-clerk1', 'showroom-clerk');
  });
  afterAll(async () => server?.close());

  const users = () => server.db.selectFrom('users').select(['id', 'login', 'badge', 'disabled_at']);
  const newClerk = (login: string, extra: Record<string, unknown> = {}) => ({
    login,
    displayName: '赵敏',
    role: 'clerk',
    storeId: 'bj-xidan',
    password: 'counter2009',
    badge: null,
    ...extra,
  });

  it('lets a manager add a clerk of their store, who can sign in and whose badge kiosks learn', async () => {
    const created = await call(server.url, '/api/users', {
      cookie: manager,
      body: newClerk('bj-xidan-clerk3', { badge: '1013' }),
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ login: 'bj-xidan-clerk3', badge: '1013', role: 'clerk' });
    expect(JSON.stringify(created.body)).not.toContain('scrypt');
    await signIn(server.url, 'bj-xidan-clerk3', 'counter2009');

    const kiosk = await enrolKiosk(server.url, hq, 'bj-xidan');
    const clerks = (await pullAll(server.url, kiosk.token)).filter((c) => c.entity === 'clerk');
    expect(clerks.map((c) => (c.data as { badge: string } | null)?.badge)).toContain('1013');

    const log = await call(server.url, '/api/audit?storeId=bj-xidan&action=user.created', {
      cookie: manager,
    });
    expect(log.body.entries[0]).toMatchObject({
      action: 'user.created',
      target: 'user:user-bj-xidan-clerk3',
      actorId: 'user-bj-xidan-manager',
    });
    expect(JSON.stringify(log.body)).not.toContain('counter2009');
  });

  it.each([
    [
      'a manager adding a manager',
      () => manager,
      newClerk('bj-manager-2', { role: 'manager' }),
      403,
    ],
    [
      'a manager adding to another store',
      () => manager,
      newClerk('gz-clerk-9', { storeId: 'gz-tianhe' }),
      403,
    ],
    ['a clerk adding a clerk', () => clerk, newClerk('bj-clerk-9'), 403],
    ['a taken login', () => hq, newClerk('bj-xidan-clerk1'), 409],
    ['a taken badge', () => hq, newClerk('c10', { badge: '1011' }), 409],
    ['a weak password', () => hq, newClerk('c11', { password: 'short' }), 400],
    ['HQ with a store', () => hq, newClerk('h2', { role: 'hq' }), 400],
    ['a badge on a manager', () => hq, newClerk('m3', { role: 'manager', badge: '1099' }), 400],
    ['a hostile login', () => hq, newClerk("x'; drop table users;--"), 400],
    ['an unknown store', () => hq, newClerk('c12', { storeId: 'nowhere' }), 400],
  ])('refuses %s and adds nobody', async (_name, who, body, status) => {
    const before = await users().execute();
    const reply = await call(server.url, '/api/users', { cookie: who(), body });
    expect(reply.status).toBe(status);
    expect(reply.body.error.code).toEqual(expect.any(String));
    expect(await users().execute()).toEqual(before);
  });

  it('ends every session of a switched-off clerk and refuses their sign-in', async () => {
    const other = await signIn(server.url, 'bj-xidan-clerk2', 'showroom-clerk');
    expect((await call(server.url, '/api/auth/me', { cookie: other })).status).toBe(200);
    const off = await call(server.url, '/api/users/user-bj-xidan-clerk2', {
      method: 'PATCH',
      cookie: manager,
      body: { disabled: true },
    });
    expect(off.status).toBe(200);
    expect(off.body.disabledAt).toEqual(expect.any(Number));
    expect((await call(server.url, '/api/auth/me', { cookie: other })).status).toBe(401);
    const again = await call(server.url, '/api/auth/login', {
      body: { login: 'bj-xidan-clerk2', password: 'showroom-clerk' },
    });
    expect(again.status).toBe(403);
    expect(again.body.error.code).toBe('account_disabled');

    // A manager of another store cannot switch them back on; HQ can.
    const gz = await signIn(server.url, 'gz-tianhe-manager', 'showroom-manager');
    const patch = (cookie: string) =>
      call(server.url, '/api/users/user-bj-xidan-clerk2', {
        method: 'PATCH',
        cookie,
        body: { disabled: false },
      });
    expect((await patch(gz)).status).toBe(403);
    expect((await patch(hq)).status).toBe(200);
    await signIn(server.url, 'bj-xidan-clerk2', 'showroom-clerk');
  });

  it('changes one’s own password only with the current one, ending one’s other sessions', async () => {
    const here = await signIn(server.url, 'sh-nanjing-road-clerk1', 'showroom-clerk');
    const elsewhere = await signIn(server.url, 'sh-nanjing-road-clerk1', 'showroom-clerk');
    const change = (current: string, next: string) =>
      call(server.url, '/api/auth/password', { cookie: here, body: { current, next } });
    expect((await change('wrong-one-1', 'newpass2026')).status).toBe(400);
    expect((await change('showroom-clerk', 'short')).status).toBe(400);
    expect((await change('showroom-clerk', 'newpass2026')).status).toBe(204);
    expect((await call(server.url, '/api/auth/me', { cookie: here })).status).toBe(200);
    expect((await call(server.url, '/api/auth/me', { cookie: elsewhere })).status).toBe(401);
    await signIn(server.url, 'sh-nanjing-road-clerk1', 'newpass2026');
    const old = await call(server.url, '/api/auth/login', {
      body: { login: 'sh-nanjing-road-clerk1', password: 'showroom-clerk' },
    });
    expect(old.status).toBe(401);
  });

  it('revokes a kiosk: its token stops working at once, and the log says who and why', async () => {
    const kiosk = await enrolKiosk(server.url, hq, 'bj-xidan');
    const pull = () => call(server.url, '/api/sync/pull?limit=1', { token: kiosk.token });
    expect((await pull()).status).toBe(200);
    const revoke = (cookie: string, body: unknown = { reason: 'Stolen from the stand' }) =>
      call(server.url, `/api/devices/${kiosk.deviceId}/revoke`, { cookie, body });
    expect((await revoke(clerk)).status).toBe(403);
    expect(
      (await revoke(await signIn(server.url, 'gz-tianhe-manager', 'showroom-manager'))).status,
    ).toBe(403);
    expect((await revoke(manager, { reason: '' })).status).toBe(400);
    expect((await pull()).status).toBe(200);
    expect((await revoke(manager)).status).toBe(204);
    expect((await pull()).status).toBe(401);
    expect((await revoke(manager)).status).toBe(409);
    const log = await call(server.url, '/api/audit?action=device.revoked', { cookie: hq });
    expect(log.body.entries[0]).toMatchObject({
      target: `device:${kiosk.deviceId}`,
      actorName: '王建国',
      detail: { reason: 'Stolen from the stand' },
    });
  });

  it('keeps the audit log to HQ and each store’s manager', async () => {
    expect((await call(server.url, '/api/audit', { cookie: clerk })).status).toBe(403);
    expect(
      (await call(server.url, '/api/audit?storeId=gz-tianhe', { cookie: manager })).status,
    ).toBe(403);
    expect((await call(server.url, '/api/audit')).status).toBe(401);
    const own = await call(server.url, '/api/audit?limit=200', { cookie: manager });
    expect(own.status).toBe(200);
    expect(own.body.entries.every((e: { storeId: string }) => e.storeId === 'bj-xidan')).toBe(true);
    const all = await call(server.url, '/api/audit?limit=2', { cookie: hq });
    expect(all.body.entries).toHaveLength(2);
    const next = await call(server.url, `/api/audit?limit=2&before=${all.body.next}`, {
      cookie: hq,
    });
    expect(next.body.entries[0].id).toBeLessThan(all.body.entries[1].id);
  });
});
