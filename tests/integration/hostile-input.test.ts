import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, enrolKiosk, signIn, type CallOptions } from './support/http-client';
import { countRows, honestDraft } from './support/fixtures';
import { dbKinds, startTestServer, type TestServer } from './support/test-server';

type Credentials = 'none' | 'hq' | 'kiosk';
interface HostileCase {
  name: string;
  path: string;
  as: Credentials;
  options: CallOptions;
}

const huge = 'x'.repeat(20_000);
const sqlish = "x'; DROP TABLE orders; --";
const proto = (inner: string) => `{"__proto__":{"isAdmin":true},${inner}}`;
const constructorPoison = (inner: string) =>
  `{"constructor":{"prototype":{"isAdmin":true}},${inner}}`;

function bodyCases(
  path: string,
  as: Credentials,
  bodies: [string, unknown][],
  valid: string,
): HostileCase[] {
  return [
    ...bodies.map(([name, body]) => ({ name, path, as, options: { body } })),
    { name: 'not JSON', path, as, options: { rawBody: '{"oops": ' } },
    { name: 'an array', path, as, options: { rawBody: '[1,2,3]' } },
    { name: 'null', path, as, options: { rawBody: 'null' } },
    { name: '__proto__ key', path, as, options: { rawBody: proto(valid) } },
    { name: 'constructor.prototype key', path, as, options: { rawBody: constructorPoison(valid) } },
  ];
}

const pushEnvelope = (overrides: Record<string, unknown>) => ({
  id: randomUUID(),
  type: 'heartbeat',
  payload: {},
  createdAt: Date.now(),
  ...overrides,
});

const cases: HostileCase[] = [
  ...bodyCases(
    '/api/auth/login',
    'none',
    [
      ['empty object', {}],
      ['wrong types', { login: 123, password: true }],
      ['huge strings', { login: huge, password: huge }],
      ['extra nesting', { login: { $ne: null }, password: { nested: { deeper: [1] } } }],
      ['blank login', { login: '   ', password: 'x' }],
      ['a NUL character', { login: 'hq\u0000', password: 'showroom-hq' }],
    ],
    '"login":"hq","password":"showroom-hq"',
  ),
  ...bodyCases(
    '/api/devices/enrolment-codes',
    'hq',
    [
      ['empty object', {}],
      ['SQL in the store id', { storeId: sqlish }],
      ['path in the store id', { storeId: '../../etc/passwd' }],
      ['huge store id', { storeId: huge }],
      ['array store id', { storeId: ['bj-xidan'] }],
    ],
    '"storeId":"bj-xidan"',
  ),
  ...bodyCases(
    '/api/devices/enrol',
    'none',
    [
      ['empty object', {}],
      ['SQL as the code', { code: "' OR '1'='1" }],
      ['operator object as the code', { code: { $gt: '' } }],
      ['huge label', { code: 'ABCD-2345', label: huge }],
      ['number as the code', { code: 12345678 }],
    ],
    '"code":"ABCD-2345"',
  ),
  ...bodyCases(
    '/api/sync/push',
    'kiosk',
    [
      ['empty object', {}],
      ['no mutations', { mutations: [] }],
      ['mutations not a list', { mutations: 'all of them' }],
      ['a mutation id that is not a UUID', { mutations: [pushEnvelope({ id: "1' OR 1=1" })] }],
      ['a negative createdAt', { mutations: [pushEnvelope({ createdAt: -1 })] }],
      ['a huge type', { mutations: [pushEnvelope({ type: huge })] }],
      ['sentAt as words', { mutations: [pushEnvelope({})], sentAt: 'yesterday' }],
      ['too many mutations', { mutations: Array.from({ length: 501 }, () => pushEnvelope({})) }],
      [
        'a NUL character in a payload',
        {
          mutations: [
            pushEnvelope({
              type: 'analytics.event',
              payload: {
                name: 'zone.viewed',
                zoneId: null,
                experienceId: null,
                detail: 'a\u0000b',
              },
            }),
          ],
        },
      ],
    ],
    `"mutations":[${JSON.stringify(pushEnvelope({}))}]`,
  ),
  {
    name: 'logout with broken JSON',
    path: '/api/auth/logout',
    as: 'hq',
    options: { rawBody: '{"a":' },
  },
  ...[
    'since=-1',
    'since=abc',
    'since=1e400',
    'limit=0',
    'limit=100000',
    'limit=1&limit=2',
    `since=${encodeURIComponent(sqlish)}`,
  ].map((query) => ({
    name: query,
    path: `/api/sync/pull?${query}`,
    as: 'kiosk' as const,
    options: {},
  })),
  ...[
    'limit=abc',
    'limit=0',
    'from=-5',
    'to=soon',
    `storeId=${encodeURIComponent(sqlish)}`,
    'storeId=..%2F..%2Fetc',
    `cursor=${'a'.repeat(201)}`,
  ].map((query) => ({ name: query, path: `/api/orders?${query}`, as: 'hq' as const, options: {} })),
  ...[`storeId=${encodeURIComponent(sqlish)}`, `storeId=${'s'.repeat(100)}`].map((query) => ({
    name: query,
    path: `/api/devices?${query}`,
    as: 'hq' as const,
    options: {},
  })),
];

describe.each(dbKinds)('invalid and hostile input on %s', (kind) => {
  let server: TestServer;
  let hqCookie: string;
  let kioskToken: string;
  beforeAll(async () => {
    server = await startTestServer(kind);
    hqCookie = await signIn(server.url, 'hq', 'showroom-hq');
    kioskToken = (await enrolKiosk(server.url, hqCookie, 'bj-xidan')).token;
  });
  afterAll(async () => server?.close());

  it.each(cases.map((c) => [`${c.path.split('?')[0]}: ${c.name}`, c] as const))(
    '%s → 400 with field errors, nothing written',
    async (_label, hostile) => {
      const credentials =
        hostile.as === 'hq'
          ? { cookie: hqCookie }
          : hostile.as === 'kiosk'
            ? { token: kioskToken }
            : {};
      const before = await countRows(server.db);
      const reply = await call(server.url, hostile.path, { ...hostile.options, ...credentials });
      expect(reply.status).toBe(400);
      expect(reply.body.error.code).toMatch(/^invalid_(body|query)$/);
      expect(typeof reply.body.error.message).toBe('string');
      expect(Object.keys(reply.body.error.fields ?? {}).length).toBeGreaterThan(0);
      for (const messages of Object.values(reply.body.error.fields)) {
        expect(Array.isArray(messages)).toBe(true);
      }
      expect(await countRows(server.db)).toEqual(before);
    },
  );

  it('names the failing fields by their path', async () => {
    const reply = await call(server.url, '/api/auth/login', { body: { login: 42 } });
    expect(reply.body.error.code).toBe('invalid_body');
    expect(Object.keys(reply.body.error.fields).sort()).toEqual(['login', 'password']);
    const pull = await call(server.url, '/api/sync/pull?limit=0', { token: kioskToken });
    expect(pull.body.error.code).toBe('invalid_query');
    expect(Object.keys(pull.body.error.fields)).toEqual(['limit']);
    const push = await call(server.url, '/api/sync/push', {
      token: kioskToken,
      body: { mutations: [pushEnvelope({ id: 'nope' })] },
    });
    expect(Object.keys(push.body.error.fields)).toEqual(['mutations.0.id']);
    const poisoned = await call(server.url, '/api/auth/login', { rawBody: proto('"login":"hq"') });
    expect(poisoned.body.error.message).toMatch(/__proto__/);
  });

  it('treats SQL-looking logins as plain text: 401, no session', async () => {
    const before = await countRows(server.db);
    const reply = await call(server.url, '/api/auth/login', {
      body: { login: "hq' --", password: "' OR '1'='1" },
    });
    expect(reply.status).toBe(401);
    expect(await countRows(server.db)).toEqual(before);
  });

  it('keeps a hostile order payload out of the database: the mutation is rejected, no order', async () => {
    const draft = await honestDraft(server.db, { storeId: 'bj-xidan' });
    const before = await countRows(server.db);
    const hostile = {
      id: randomUUID(),
      type: 'order.place',
      createdAt: Date.now(),
      payload: {
        ...draft,
        customer: { name: sqlish, idNumber: huge.slice(0, 500), phone: '1380013800' },
      },
    };
    const reply = await call(server.url, '/api/sync/push', {
      token: kioskToken,
      body: { mutations: [hostile] },
    });
    expect(reply.status).toBe(200);
    expect(reply.body.results[0].status).toBe('rejected');
    const after = await countRows(server.db);
    expect(after.orders).toBe(before.orders);
    expect(after.applied_mutations).toBe(before.applied_mutations! + 1);
  });

  it('refuses a body over the size limit with 413 and a JSON body rejected for its type with 415', async () => {
    const big = await call(server.url, '/api/auth/login', {
      body: { login: 'hq', password: 'y'.repeat(70_000) },
    });
    expect(big.status).toBe(413);
    expect(big.body.error.code).toBe('body_too_large');
    const form = await call(server.url, '/api/auth/login', {
      rawBody: 'login=hq&password=x',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(form.status).toBe(415);
  });

  it('answers 401 before reading the body of a protected endpoint', async () => {
    const before = await countRows(server.db);
    const reply = await call(server.url, '/api/sync/push', { rawBody: '{"broken": ' });
    expect(reply.status).toBe(401);
    expect(await countRows(server.db)).toEqual(before);
  });
});
