import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, enrolKiosk, signIn, type EnrolledKiosk } from './support/http-client';
import { honestDraft, orderMutation, storeNumbers } from './support/fixtures';
import { dbKinds, startTestServer, type TestServer } from './support/test-server';

/**
 * Every `/api/` endpoint × every kind of caller, each aimed at the store bj-xidan: nobody, a
 * kiosk of that store, its clerk, its manager, another store's clerk and manager, HQ. "ok"
 * means the caller got past authorisation and the server answered sanely (200, 201, 204, and
 * 400/404/409 where the request itself is refused for what it asks — never a 5xx); 401 and 403
 * are asserted exactly. The list must name every registered route: a new endpoint without a
 * row here fails the test.
 */
type Caller = 'none' | 'kiosk' | 'clerk' | 'manager' | 'otherClerk' | 'otherManager' | 'hq';
type Expect = 'ok' | 401 | 403;
const callers: Caller[] = ['none', 'kiosk', 'clerk', 'manager', 'otherClerk', 'otherManager', 'hq'];

interface Row {
  route: string;
  path: (ids: Ids) => string;
  body?: (ids: Ids, caller: Caller) => unknown;
  /** A file sent as is, with its content type, instead of a JSON body. */
  file?: { bytes: Uint8Array<ArrayBuffer>; contentType: string };
  method?: string;
  expect: Record<Caller, Expect>;
}

interface Ids {
  orderId: string;
  conflictId: string;
  victimDeviceId: string;
  ticket: string;
  versionId: string;
  number: string;
  /** A commission line of the store's clerk, and an open dispute of another of their lines. */
  lineId: number;
  disputeId: number;
  ruleId: string;
}

const publicRoute: Record<Caller, Expect> = {
  none: 'ok',
  kiosk: 'ok',
  clerk: 'ok',
  manager: 'ok',
  otherClerk: 'ok',
  otherManager: 'ok',
  hq: 'ok',
};
const kioskOnly: Record<Caller, Expect> = {
  none: 401,
  kiosk: 'ok',
  clerk: 401,
  manager: 401,
  otherClerk: 401,
  otherManager: 401,
  hq: 401,
};
const anyUser: Record<Caller, Expect> = {
  none: 401,
  kiosk: 401,
  clerk: 'ok',
  manager: 'ok',
  otherClerk: 'ok',
  otherManager: 'ok',
  hq: 'ok',
};
/** The store's own staff and HQ; another store's clerk and manager are refused. */
const storeStaff: Record<Caller, Expect> = { ...anyUser, otherClerk: 403, otherManager: 403 };
/** The store's manager and HQ: clerks and other stores are refused. */
const storeManagers: Record<Caller, Expect> = { ...storeStaff, clerk: 403 };
const hqOnly: Record<Caller, Expect> = { ...storeManagers, manager: 403 };
/** Only the clerk a commission line pays: their manager and HQ answer, never raise. */
const lineOwner: Record<Caller, Expect> = {
  ...storeStaff,
  manager: 403,
  hq: 403,
};
const day = 86_400_000;

// One transparent pixel.
const png = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);
const store = 'bj-xidan';
let unique = 0;
const next = () => ++unique;

const rows: Row[] = [
  { route: 'GET /api/health', path: () => '/api/health', expect: publicRoute },
  {
    route: 'POST /api/auth/login',
    path: () => '/api/auth/login',
    body: () => ({ login: 'nobody-here', password: 'wrong' }),
    // A wrong password is a 401 for everyone alike: the route itself is open.
    expect: {
      none: 401,
      kiosk: 401,
      clerk: 401,
      manager: 401,
      otherClerk: 401,
      otherManager: 401,
      hq: 401,
    },
  },
  {
    route: 'POST /api/auth/password',
    path: () => '/api/auth/password',
    body: () => ({ current: 'not-my-password', next: 'another2026pass' }),
    expect: anyUser,
  },
  { route: 'GET /api/auth/me', path: () => '/api/auth/me', expect: anyUser },
  {
    route: 'POST /api/devices/enrolment-codes',
    path: () => '/api/devices/enrolment-codes',
    body: () => ({ storeId: store }),
    expect: storeManagers,
  },
  {
    route: 'POST /api/devices/enrol',
    path: () => '/api/devices/enrol',
    body: () => ({ code: 'ZZZZ-9999' }),
    expect: publicRoute,
  },
  {
    route: 'GET /api/devices/demo-enrolment',
    path: () => '/api/devices/demo-enrolment',
    expect: publicRoute,
  },
  { route: 'GET /api/devices', path: () => `/api/devices?storeId=${store}`, expect: storeManagers },
  {
    route: 'POST /api/devices/:deviceId/revoke',
    path: (ids) => `/api/devices/${ids.victimDeviceId}/revoke`,
    body: () => ({ reason: 'Matrix test' }),
    expect: storeManagers,
  },
  {
    route: 'GET /api/devices/:deviceId/mutations',
    path: (ids) => `/api/devices/${ids.victimDeviceId}/mutations`,
    expect: storeManagers,
  },
  { route: 'GET /api/sync/pull', path: () => '/api/sync/pull?limit=1', expect: kioskOnly },
  {
    route: 'POST /api/sync/push',
    path: () => '/api/sync/push',
    body: () => ({ mutations: [] }),
    expect: kioskOnly,
  },
  { route: 'GET /api/orders', path: () => `/api/orders?storeId=${store}`, expect: storeStaff },
  { route: 'GET /api/orders/:id', path: (ids) => `/api/orders/${ids.orderId}`, expect: storeStaff },
  {
    route: 'POST /api/orders/:id/confirm',
    path: (ids) => `/api/orders/${ids.orderId}/confirm`,
    body: () => ({ idChecked: true, paymentTaken: true }),
    expect: storeStaff,
  },
  {
    route: 'POST /api/orders/:id/activate',
    path: (ids) => `/api/orders/${ids.orderId}/activate`,
    body: () => ({}),
    expect: storeStaff,
  },
  {
    route: 'POST /api/orders/:id/cancel',
    path: (ids) => `/api/orders/${ids.orderId}/cancel`,
    body: () => ({ reason: 'other', note: 'Matrix test' }),
    expect: storeStaff,
  },
  { route: 'GET /api/stores', path: () => '/api/stores', expect: anyUser },
  {
    route: 'GET /api/reports/sales',
    path: () => `/api/reports/sales?storeId=${store}&from=2026-01-01&to=2026-01-31&groupBy=day`,
    expect: storeManagers,
  },
  {
    route: 'GET /api/reports/sales.csv',
    path: () => `/api/reports/sales.csv?storeId=${store}&from=2026-01-01&to=2026-01-31&groupBy=day`,
    expect: storeManagers,
  },
  {
    route: 'GET /api/reports/sales-options',
    path: () => `/api/reports/sales-options?storeId=${store}`,
    expect: storeManagers,
  },
  {
    route: 'GET /api/reports/funnel',
    path: () => `/api/reports/funnel?storeId=${store}&from=2026-01-01&to=2026-01-31`,
    expect: storeManagers,
  },
  {
    route: 'GET /api/reports/today',
    path: () => `/api/reports/today?storeId=${store}`,
    expect: storeManagers,
  },
  { route: 'GET /api/users', path: () => `/api/users?storeId=${store}`, expect: storeManagers },
  {
    route: 'POST /api/users',
    path: () => '/api/users',
    body: () => ({
      login: `matrix-clerk-${next()}`,
      displayName: '矩阵',
      role: 'clerk',
      storeId: store,
      password: 'matrix2026pass',
      badge: null,
    }),
    expect: storeManagers,
  },
  {
    route: 'PATCH /api/users/:userId',
    method: 'PATCH',
    path: () => '/api/users/user-bj-xidan-clerk2',
    body: () => ({ displayName: `张伟 ${next()}` }),
    expect: storeManagers,
  },
  { route: 'GET /api/audit', path: () => `/api/audit?storeId=${store}`, expect: storeManagers },
  {
    route: 'POST /api/numbers/:number/hold',
    path: (ids) => `/api/numbers/${ids.number}/hold`,
    body: () => ({}),
    expect: kioskOnly,
  },
  {
    route: 'DELETE /api/numbers/:number/hold',
    method: 'DELETE',
    path: (ids) => `/api/numbers/${ids.number}/hold`,
    expect: kioskOnly,
  },
  {
    route: 'POST /api/numbers/import',
    path: () => '/api/numbers/import',
    body: () => ({ storeId: store, csv: 'number\n' }),
    expect: storeManagers,
  },
  {
    route: 'POST /api/numbers/withdraw',
    path: () => '/api/numbers/withdraw',
    body: () => ({ storeId: store, numbers: ['13000000001'] }),
    expect: storeManagers,
  },
  { route: 'GET /api/numbers/tier-rules', path: () => '/api/numbers/tier-rules', expect: anyUser },
  {
    route: 'PUT /api/numbers/tier-rules',
    method: 'PUT',
    path: () => '/api/numbers/tier-rules',
    body: () => ({ tiers: [] }),
    expect: hqOnly,
  },
  {
    route: 'GET /api/numbers/conflicts',
    path: () => `/api/numbers/conflicts?storeId=${store}`,
    expect: storeStaff,
  },
  {
    route: 'POST /api/numbers/conflicts/:id/resolve',
    path: (ids) => `/api/numbers/conflicts/${ids.conflictId}/resolve`,
    body: () => ({ action: 'cancel', note: 'Matrix test' }),
    expect: storeStaff,
  },
  {
    route: 'GET /api/follow/:ticket',
    path: (ids) => `/api/follow/${ids.ticket}`,
    expect: publicRoute,
  },
  {
    route: 'GET /api/commission/statement',
    path: () => '/api/commission/statement?period=2026-01&clerkId=user-bj-xidan-clerk1',
    // The clerk here is clerk1 reading their own statement: allowed (another clerk's is below).
    expect: storeStaff,
  },
  {
    route: 'GET /api/commission/summary',
    path: () => `/api/commission/summary?period=2026-01&storeId=${store}`,
    expect: storeManagers,
  },
  { route: 'GET /api/commission/rules', path: () => '/api/commission/rules', expect: anyUser },
  {
    route: 'POST /api/commission/rules',
    path: () => '/api/commission/rules',
    body: () => ({
      name: { zh: '矩阵规则', en: 'Matrix rule' },
      condition: { kind: 'per_activation' },
      amountFen: 100,
      validFrom: Date.now() + day,
      validTo: null,
      clawbackDays: 0,
    }),
    expect: hqOnly,
  },
  {
    route: 'POST /api/commission/rules/:id/end',
    path: (ids) => `/api/commission/rules/${ids.ruleId}/end`,
    body: () => ({ validTo: Date.now() + 2 * day }),
    expect: hqOnly,
  },
  {
    route: 'GET /api/commission/disputes',
    path: () => `/api/commission/disputes?storeId=${store}`,
    expect: storeStaff,
  },
  {
    route: 'POST /api/commission/disputes',
    path: () => '/api/commission/disputes',
    body: (ids) => ({ lineId: ids.lineId, message: 'Matrix test' }),
    expect: lineOwner,
  },
  {
    route: 'POST /api/commission/disputes/:id/answer',
    path: (ids) => `/api/commission/disputes/${ids.disputeId}/answer`,
    body: () => ({ decision: 'rejected', message: 'Matrix test' }),
    expect: storeManagers,
  },
  { route: 'GET /api/commission/periods', path: () => '/api/commission/periods', expect: anyUser },
  {
    // A month long ended: HQ closes it (200), a second close would be 409.
    route: 'POST /api/commission/periods/:period/close',
    path: () => '/api/commission/periods/2025-01/close',
    body: () => ({}),
    expect: hqOnly,
  },
  {
    route: 'GET /api/commission/periods/:period/recompute',
    path: () => '/api/commission/periods/2026-01/recompute',
    expect: hqOnly,
  },
  {
    route: 'POST /api/content/versions',
    path: () => '/api/content/versions',
    body: () => ({ note: 'Matrix test', storeIds: null, changes: [] }),
    expect: hqOnly,
  },
  {
    route: 'POST /api/content/versions/:versionId/rollback',
    path: (ids) => `/api/content/versions/${ids.versionId}/rollback`,
    body: () => ({}),
    expect: hqOnly,
  },
  { route: 'GET /api/content/catalogue', path: () => '/api/content/catalogue', expect: hqOnly },
  { route: 'GET /api/content/media', path: () => '/api/content/media', expect: hqOnly },
  {
    // A new name each time; a name already taken is a 409, past authorisation.
    route: 'PUT /api/content/media/:name',
    method: 'PUT',
    path: () => `/api/content/media/matrix-${next()}.png`,
    file: { bytes: png, contentType: 'image/png' },
    expect: hqOnly,
  },
  { route: 'GET /api/content/versions', path: () => '/api/content/versions', expect: hqOnly },
  // Last: it ends every caller's session.
  {
    route: 'POST /api/auth/logout',
    path: () => '/api/auth/logout',
    body: () => ({}),
    expect: publicRoute,
  },
];

describe.each(dbKinds)('who may call what, on %s', (kind) => {
  let server: TestServer;
  let kiosk: EnrolledKiosk;
  const cookies = {} as Record<'clerk' | 'manager' | 'otherClerk' | 'otherManager' | 'hq', string>;
  let ids: Ids;

  beforeAll(async () => {
    server = await startTestServer(kind, { publishIntervalMs: 0 });
    cookies.hq = await signIn(server.url, 'hq', 'showroom-hq');
    cookies.manager = await signIn(server.url, 'bj-xidan-manager', 'showroom-manager');
    cookies.otherManager = await signIn(server.url, 'gz-tianhe-manager', 'showroom-manager');
    cookies.clerk = await signIn(server.url, 'bj-xidan-clerk1', 'showroom-clerk');
    cookies.otherClerk = await signIn(server.url, 'gz-tianhe-clerk1', 'showroom-clerk');
    kiosk = await enrolKiosk(server.url, cookies.hq, store);
    const victim = await enrolKiosk(server.url, cookies.hq, store);
    // An order of the store, and a second one for the same number: a conflict in its queue.
    const [number, spare] = await storeNumbers(server.db, store);
    const first = await honestDraft(server.db, { storeId: store, number });
    const second = await honestDraft(server.db, { storeId: store, number });
    const pushed = await call(server.url, '/api/sync/push', {
      token: kiosk.token,
      body: { mutations: [orderMutation(first), orderMutation(second)] },
    });
    expect(pushed.body.results.map((r: { status: string }) => r.status)).toEqual([
      'applied',
      'conflict',
    ]);
    const conflict = await server.db
      .selectFrom('number_conflicts')
      .select('id')
      .where('store_id', '=', store)
      .executeTakeFirstOrThrow();
    const version = await server.db
      .selectFrom('content_versions')
      .select('id')
      .where('status', '=', 'published')
      .executeTakeFirstOrThrow();
    const clerkLines = await server.db
      .selectFrom('commission_ledger')
      .select('id')
      .where('clerk_id', '=', 'user-bj-xidan-clerk1')
      .orderBy('id')
      .limit(2)
      .execute();
    expect(clerkLines).toHaveLength(2);
    const disputed = await call(server.url, '/api/commission/disputes', {
      cookie: cookies.clerk,
      body: { lineId: Number(clerkLines[1]?.id), message: 'Matrix test' },
    });
    expect(disputed.status).toBe(201);
    ids = {
      orderId: first.id,
      ticket: first.ticket,
      conflictId: String(conflict.id),
      victimDeviceId: victim.deviceId,
      versionId: version.id,
      number: spare ?? number ?? '',
      lineId: Number(clerkLines[0]?.id),
      disputeId: disputed.body.id,
      ruleId: 'plan-96',
    };
  });
  afterAll(async () => server?.close());

  it('has a row for every route the server registers, and no row for a route it lacks', () => {
    expect([...rows.map((row) => row.route)].sort()).toEqual([...server.app.apiRoutes].sort());
  });

  it('lets a clerk read only their own commission statement, a manager only their store’s', async () => {
    const statement = (cookie: string, clerkId: string) =>
      call(server.url, `/api/commission/statement?period=2026-01&clerkId=${clerkId}`, { cookie });
    expect((await statement(cookies.clerk, 'user-bj-xidan-clerk2')).status).toBe(403);
    expect((await statement(cookies.clerk, 'user-gz-tianhe-clerk1')).status).toBe(403);
    expect((await statement(cookies.manager, 'user-bj-xidan-clerk2')).status).toBe(200);
    expect((await statement(cookies.otherManager, 'user-bj-xidan-clerk2')).status).toBe(403);
    expect((await statement(cookies.hq, 'user-gz-tianhe-clerk1')).status).toBe(200);
  });

  it('keeps a kiosk out of every console endpoint, a console cookie out of every kiosk one', async () => {
    const kioskRoutes = rows.filter((row) => row.expect === kioskOnly).map((row) => row.route);
    expect(kioskRoutes.sort()).toEqual([
      'DELETE /api/numbers/:number/hold',
      'GET /api/sync/pull',
      'POST /api/numbers/:number/hold',
      'POST /api/sync/push',
    ]);
    const reportsForKiosk = rows.filter((row) => row.route.startsWith('GET /api/reports'));
    expect(reportsForKiosk.every((row) => row.expect.kiosk === 401)).toBe(true);
  });
  // Callers run in an order that keeps the shared fixtures usable: refusals first.
  const order: Caller[] = ['none', 'kiosk', 'otherClerk', 'otherManager', 'clerk', 'manager', 'hq'];
  it.each(rows.map((row) => [row.route, row] as const))('%s', async (_route, row) => {
    const seen: Partial<Record<Caller, number>> = {};
    for (const caller of order) {
      const auth =
        caller === 'none'
          ? {}
          : caller === 'kiosk'
            ? { token: kiosk.token }
            : { cookie: cookies[caller] };
      const reply = await call(server.url, row.path(ids), {
        method: row.method,
        body: row.body?.(ids, caller),
        ...(row.file
          ? { rawBody: row.file.bytes, headers: { 'content-type': row.file.contentType } }
          : {}),
        ...auth,
      });
      seen[caller] = reply.status;
    }
    const verdict = Object.fromEntries(
      callers.map((caller) => {
        const status = seen[caller] ?? 0;
        // A 5xx (or no answer) is kept as its number, so it never passes for 'ok'.
        const sane = status >= 200 && status < 500;
        return [caller, status === 401 || status === 403 || !sane ? status : 'ok'];
      }),
    );
    expect({ statuses: seen, verdict }).toMatchObject({ verdict: row.expect });
  });
});
