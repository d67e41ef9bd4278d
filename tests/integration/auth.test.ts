import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, signIn } from './support/http-client';
import { admin, dbKinds, startTestServer, type TestServer } from './support/test-server';

describe.each(dbKinds)('health and console sign-in on %s', (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(kind);
  });
  afterAll(async () => server?.close());

  it('reports health with the database it runs on and the package version', async () => {
    const reply = await call(server.url, '/api/health');
    expect(reply.status).toBe(200);
    expect(reply.body).toEqual({ ok: true, db: kind, version: '0.1.0' });
    expect(reply.headers.get('cache-control')).toBe('no-store');
    expect(reply.headers.get('content-security-policy')).toContain("script-src 'self'");
  });

  it('signs in with an httpOnly, SameSite=Strict session cookie and knows who is signed in', async () => {
    const login = await call(server.url, '/api/auth/login', { body: admin });
    expect(login.status).toBe(200);
    expect(login.body.user).toMatchObject({ login: 'hq', role: 'hq', storeId: null });
    // Unused for 30 minutes it ends; the cookie lasts the 12-hour shift it can be kept for.
    expect(login.body.expiresAt).toBeGreaterThan(Date.now() + 29 * 60_000);
    expect(login.body.expiresAt).toBeLessThanOrEqual(Date.now() + 30 * 60_000);
    const setCookie = login.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/^sid=[A-Za-z0-9_-]{40,}/);
    const cookieExpires = Date.parse(/Expires=([^;]+)/.exec(setCookie)?.[1] ?? '');
    expect(cookieExpires).toBeGreaterThan(Date.now() + 11 * 3_600_000);
    expect(setCookie).toContain('HttpOnly');
    expect(setCookie).toContain('SameSite=Strict');

    const cookie = `sid=${/sid=([^;]+)/.exec(setCookie)?.[1]}`;
    const me = await call(server.url, '/api/auth/me', { cookie });
    expect(me.status).toBe(200);
    expect(me.body.user.login).toBe('hq');
    expect(me.body.expiresAt).toBe(login.body.expiresAt);
  });

  it('stores only a hash of the session token', async () => {
    const cookie = await signIn(server.url, admin.login, admin.password);
    const token = cookie.slice('sid='.length);
    const rows = await server.db.selectFrom('sessions').select('token_hash').execute();
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.some((row) => row.token_hash === token)).toBe(false);
  });

  it('refuses a wrong password and an unknown login alike with 401', async () => {
    const wrong = await call(server.url, '/api/auth/login', {
      body: { login: 'hq', password: 'nope-nope' },
    });
    expect(wrong.status).toBe(401);
    expect(wrong.body.error.code).toBe('invalid_credentials');
    expect(wrong.headers.get('set-cookie')).toBeNull();
    const unknown = await call(server.url, '/api/auth/login', {
      body: { login: 'nobody', password: 'x' },
    });
    expect(unknown.status).toBe(401);
    expect(unknown.body.error.code).toBe('invalid_credentials');
  });

  it('answers /me with 401 without a cookie, with a made-up cookie and after sign-out', async () => {
    expect((await call(server.url, '/api/auth/me')).status).toBe(401);
    expect((await call(server.url, '/api/auth/me', { cookie: 'sid=made-up' })).status).toBe(401);

    const cookie = await signIn(server.url, 'bj-xidan-clerk1', 'showroom-clerk');
    expect((await call(server.url, '/api/auth/me', { cookie })).status).toBe(200);
    const logout = await call(server.url, '/api/auth/logout', { method: 'POST', cookie });
    expect(logout.status).toBe(204);
    expect(logout.headers.get('set-cookie')).toMatch(/sid=;/);
    const after = await call(server.url, '/api/auth/me', { cookie });
    expect(after.status).toBe(401);
    expect(after.body.error.code).toBe('unauthorized');
  });

  it('refuses a session once it has expired, and one whose user was disabled', async () => {
    const cookie = await signIn(server.url, 'bj-xidan-clerk2', 'showroom-clerk');
    expect((await call(server.url, '/api/auth/me', { cookie })).status).toBe(200);
    // The shift is over: the session's 12 hours ran out a minute ago.
    await server.db
      .updateTable('sessions')
      .set({ expires_at: Date.now() - 60_000 })
      .where('user_id', '=', 'user-bj-xidan-clerk2')
      .execute();
    const expired = await call(server.url, '/api/orders?storeId=bj-xidan', { cookie });
    expect(expired.status).toBe(401);
    expect(expired.body.error.code).toBe('unauthorized');
    expect((await call(server.url, '/api/auth/me', { cookie })).status).toBe(401);

    const manager = await signIn(server.url, 'sh-nanjing-road-manager', 'showroom-manager');
    const clerk = await signIn(server.url, 'sh-nanjing-road-clerk1', 'showroom-clerk');
    expect((await call(server.url, '/api/auth/me', { cookie: clerk })).status).toBe(200);
    const disabled = await call(server.url, '/api/users/user-sh-nanjing-road-clerk1', {
      method: 'PATCH',
      cookie: manager,
      body: { disabled: true },
    });
    expect(disabled.status).toBe(200);
    expect((await call(server.url, '/api/auth/me', { cookie: clerk })).status).toBe(401);
  });

  it('lists every store for HQ and only their own for a manager or clerk', async () => {
    const hq = await call(server.url, '/api/stores', {
      cookie: await signIn(server.url, 'hq', 'showroom-hq'),
    });
    expect(hq.status).toBe(200);
    expect(hq.body.stores.length).toBe(5);
    expect(hq.body.stores[0]).toEqual({
      id: 'bj-xidan',
      name: '北京西单旗舰店',
      city: '北京',
      district: '西城区',
      type: 'own',
    });
    const clerk = await call(server.url, '/api/stores', {
      cookie: await signIn(server.url, 'cd-chunxi-clerk2', 'showroom-clerk'),
    });
    expect(clerk.body.stores.map((s: { id: string }) => s.id)).toEqual(['cd-chunxi']);
    expect((await call(server.url, '/api/stores')).status).toBe(401);
  });

  it('answers unknown API paths with a 404 in the error shape and redirects / to the kiosk', async () => {
    const missing = await call(server.url, '/api/nothing-here');
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe('not_found');
    const root = await call(server.url, '/');
    expect(root.status).toBe(302);
    expect(root.headers.get('location')).toBe('/kiosk/');
  });
});

describe.each(dbKinds)('console sessions over a day on %s', (kind) => {
  const minute = 60_000;
  let clock = Date.parse('2026-12-04T01:00:00Z');
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(kind, { now: () => clock });
  });
  afterAll(async () => server?.close());
  const me = (cookie: string) => call(server.url, '/api/auth/me', { cookie });

  it('ends a session left unused for 30 minutes', async () => {
    const cookie = await signIn(server.url, 'bj-xidan-clerk1', 'showroom-clerk');
    clock += 29 * minute;
    expect((await me(cookie)).status).toBe(200);
    // Used a minute before its end: the 30 minutes start again from here.
    clock += 29 * minute;
    const used = await me(cookie);
    expect(used.status).toBe(200);
    expect(used.body.expiresAt).toBe(clock + 30 * minute);
    clock += 30 * minute + 1;
    const ended = await me(cookie);
    expect(ended.status).toBe(401);
    expect(ended.body.error.code).toBe('unauthorized');
    // Gone for good: trying again does not bring it back, signing in again does.
    expect((await me(cookie)).status).toBe(401);
    const again = await signIn(server.url, 'bj-xidan-clerk1', 'showroom-clerk');
    expect((await me(again)).status).toBe(200);
  });

  it('ends a session 12 hours after sign-in however busy it was', async () => {
    const signedInAt = clock;
    const cookie = await signIn(server.url, 'bj-xidan-manager', 'showroom-manager');
    while (clock < signedInAt + 12 * 60 * minute - 20 * minute) {
      clock += 20 * minute;
      expect((await me(cookie)).status).toBe(200);
    }
    const last = await me(cookie);
    expect(last.body.expiresAt).toBe(signedInAt + 12 * 60 * minute);
    clock = signedInAt + 12 * 60 * minute;
    expect((await me(cookie)).status).toBe(401);
  });
});

describe.each(dbKinds)('login rate limit on %s', (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(kind, { rateLimits: { login: { max: 3, timeWindow: 60_000 } } });
  });
  afterAll(async () => server?.close());

  it('slows down password guessing with 429 after a few attempts', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) {
      statuses.push(
        (
          await call(server.url, '/api/auth/login', {
            body: { login: 'hq', password: `guess-${i}` },
          })
        ).status,
      );
    }
    expect(statuses).toEqual([401, 401, 401, 429, 429]);
    const limited = await call(server.url, '/api/auth/login', { body: admin });
    expect(limited.status).toBe(429);
    expect(limited.body.error.code).toBe('rate_limited');
  });
});
