import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, enrolKiosk, signIn } from './support/http-client';
import { dbKinds, startTestServer, type TestServer } from './support/test-server';

describe.each(dbKinds)('kiosk enrolment on %s', (kind) => {
  let server: TestServer;
  let hq: string;
  let xidanManager: string;
  let xidanClerk: string;
  beforeAll(async () => {
    server = await startTestServer(kind);
    hq = await signIn(server.url, 'hq', 'showroom-hq');
    xidanManager = await signIn(server.url, 'bj-xidan-manager', 'showroom-manager');
    xidanClerk = await signIn(server.url, 'bj-xidan-clerk1', 'showroom-clerk');
  });
  afterAll(async () => server?.close());

  const mint = (storeId: string, cookie?: string) =>
    call(server.url, '/api/devices/enrolment-codes', { body: { storeId }, cookie });

  it('gives HQ a one-time code like ABCD-1234 that expires in 15 minutes', async () => {
    const reply = await mint('gz-tianhe', hq);
    expect(reply.status).toBe(200);
    expect(reply.body.code).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/);
    expect(reply.body.expiresAt - Date.now()).toBeGreaterThan(14 * 60_000);
    expect(reply.body.expiresAt - Date.now()).toBeLessThanOrEqual(15 * 60_000);
  });

  it('gives a manager a code for their own store only', async () => {
    expect((await mint('bj-xidan', xidanManager)).status).toBe(200);
    const other = await mint('sh-nanjing-road', xidanManager);
    expect(other.status).toBe(403);
    expect(other.body.error.code).toBe('forbidden');
  });

  it('refuses clerks (403) and anyone not signed in (401)', async () => {
    expect((await mint('bj-xidan', xidanClerk)).status).toBe(403);
    expect((await mint('bj-xidan')).status).toBe(401);
  });

  it('answers 404 for a store that does not exist', async () => {
    const reply = await mint('no-such-store', hq);
    expect(reply.status).toBe(404);
    expect(reply.body.error.code).toBe('store_not_found');
  });

  it('enrols a kiosk once per code; the second use fails with code_used', async () => {
    const { code } = (await mint('sz-huaqiangbei', hq)).body;
    const first = await call(server.url, '/api/devices/enrol', {
      body: { code, label: '华强北 3 号机' },
    });
    expect(first.status).toBe(200);
    expect(first.body.storeId).toBe('sz-huaqiangbei');
    expect(first.body.token.length).toBeGreaterThanOrEqual(32);
    const device = await server.db
      .selectFrom('devices')
      .selectAll()
      .where('id', '=', first.body.deviceId)
      .executeTakeFirstOrThrow();
    expect(device.label).toBe('华强北 3 号机');
    expect(device.token_hash).not.toBe(first.body.token);

    const second = await call(server.url, '/api/devices/enrol', {
      body: { code: code.toLowerCase().replace('-', '') },
    });
    expect(second.status).toBe(409);
    expect(second.body.error.code).toBe('code_used');
  });

  it('lets only one of two kiosks racing with the same code enrol', async () => {
    const { code } = (await mint('cd-chunxi', hq)).body;
    const before = await server.db.selectFrom('devices').select('id').execute();
    const replies = await Promise.all(
      Array.from({ length: 4 }, () => call(server.url, '/api/devices/enrol', { body: { code } })),
    );
    expect(replies.map((r) => r.status).sort()).toEqual([200, 409, 409, 409]);
    const after = await server.db.selectFrom('devices').select('id').execute();
    expect(after.length).toBe(before.length + 1);
  });

  it('refuses an unknown code with 400 invalid_code and writes nothing', async () => {
    const before = await server.db.selectFrom('devices').select('id').execute();
    const reply = await call(server.url, '/api/devices/enrol', { body: { code: 'ZZZZ-9999' } });
    expect(reply.status).toBe(400);
    expect(reply.body.error.code).toBe('invalid_code');
    expect(reply.body.error.fields.code).toBeDefined();
    expect((await server.db.selectFrom('devices').select('id').execute()).length).toBe(
      before.length,
    );
  });

  it('refuses an expired code', async () => {
    const { code } = (await mint('gz-tianhe', hq)).body;
    await server.db
      .updateTable('enrolment_codes')
      .set({ expires_at: Date.now() - 1 })
      .where('code', '=', code)
      .execute();
    const reply = await call(server.url, '/api/devices/enrol', { body: { code } });
    expect(reply.status).toBe(400);
    expect(reply.body.error.code).toBe('code_expired');
  });

  it('mints demo enrolment codes for the first demo store in demo mode', async () => {
    const reply = await call(server.url, '/api/devices/demo-enrolment');
    expect(reply.status).toBe(200);
    const enrolled = await call(server.url, '/api/devices/enrol', {
      body: { code: reply.body.code },
    });
    expect(enrolled.status).toBe(200);
    expect(enrolled.body.storeId).toBe('bj-xidan');
  });

  it('lists kiosks with their heartbeat fields: HQ any store, a manager only their own', async () => {
    const kiosk = await enrolKiosk(server.url, hq, 'bj-xidan');
    const mine = await call(server.url, '/api/devices?storeId=bj-xidan', { cookie: xidanManager });
    expect(mine.status).toBe(200);
    const listed = mine.body.devices.find((d: { id: string }) => d.id === kiosk.deviceId);
    expect(listed).toMatchObject({
      storeId: 'bj-xidan',
      revokedAt: null,
      appVersion: null,
      outboxDepth: null,
    });
    expect(mine.body.devices.every((d: { storeId: string }) => d.storeId === 'bj-xidan')).toBe(
      true,
    );
    const own = await call(server.url, '/api/devices', { cookie: xidanManager });
    expect(own.body.devices.length).toBe(mine.body.devices.length);

    expect(
      (await call(server.url, '/api/devices?storeId=gz-tianhe', { cookie: xidanManager })).status,
    ).toBe(403);
    expect((await call(server.url, '/api/devices', { cookie: xidanClerk })).status).toBe(403);
    expect((await call(server.url, '/api/devices')).status).toBe(401);
    const all = await call(server.url, '/api/devices', { cookie: hq });
    expect(new Set(all.body.devices.map((d: { storeId: string }) => d.storeId)).size).toBe(5);
  });
});

describe.each(dbKinds)('outside demo mode on %s', (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(kind, { demo: false });
  });
  afterAll(async () => server?.close());

  it('does not offer demo enrolment (404), so the kiosk asks for a code', async () => {
    const reply = await call(server.url, '/api/devices/demo-enrolment');
    expect(reply.status).toBe(404);
    expect(await server.db.selectFrom('enrolment_codes').select('code').execute()).toEqual([]);
  });
});
