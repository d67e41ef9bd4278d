import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  districtKeyOf,
  salesGroupBys,
  salesOptionsSchema,
  salesReportSchema,
  storeDayOfInstant,
} from '../../shared';
import { addOrdersToRollup } from '../../server/reports/sales-rollup';
import { call, signIn } from './support/http-client';
import {
  expectedTotals,
  orderRowsOfRange,
  referenceKeyOf,
  type ReferenceRow,
} from './support/sales-reference';
import { dbKinds, startTestServer, type TestServer } from './support/test-server';

const day = 86_400_000;

type Row = ReferenceRow;
const keyOf = referenceKeyOf;

/** The values each case filters by, taken from the seeded orders so every filter matches some. */
interface Picked {
  district: string;
  zoneId: string;
  handsetId: string;
  planId: string;
  bundleId: string;
  clerkId: string;
}

type FilterCase = [
  string,
  (picked: Picked) => Record<string, string>,
  (row: Row, picked: Picked) => boolean,
];

const filterCases: FilterCase[] = [
  ['store type', () => ({ storeType: 'partner' }), (r) => r.type === 'partner'],
  ['district', (p) => ({ district: p.district }), (r, p) => districtKeyOf(r) === p.district],
  ['status', () => ({ status: 'cancelled' }), (r) => r.status === 'cancelled'],
  ['zone', (p) => ({ zoneId: p.zoneId }), (r, p) => r.zone_id === p.zoneId],
  ['handset', (p) => ({ handsetId: p.handsetId }), (r, p) => r.handset_id === p.handsetId],
  ['plan', (p) => ({ planId: p.planId }), (r, p) => r.plan_id === p.planId],
  ['bundle', (p) => ({ bundleId: p.bundleId }), (r, p) => r.bundle_id === p.bundleId],
  ['clerk', (p) => ({ clerkId: p.clerkId }), (r, p) => r.clerk_id === p.clerkId],
  [
    'store type, plan and status together',
    (p) => ({ storeType: 'own', planId: p.planId, status: 'activated' }),
    (r, p) => r.type === 'own' && r.plan_id === p.planId && r.status === 'activated',
  ],
  [
    'district and clerk together',
    (p) => ({ district: p.district, clerkId: p.clerkId }),
    (r, p) => districtKeyOf(r) === p.district && r.clerk_id === p.clerkId,
  ],
];

/** The value seen on most rows (ties by value), so a filter by it is never empty. */
function mostCommon(values: readonly (string | null)[]): string {
  const counts = new Map<string, number>();
  for (const value of values) if (value !== null) counts.set(value, (counts.get(value) ?? 0) + 1);
  const [best] = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  if (!best) throw new Error('no value to filter by');
  return best[0];
}

describe.each(dbKinds)('sales report filters on %s', (kind) => {
  let server: TestServer;
  let hq: string;
  let manager: string;
  let rows: Row[];
  let picked: Picked;
  let otherClerk: string;
  const now = Date.now();
  const to = storeDayOfInstant(now);
  const from = storeDayOfInstant(now - 40 * day);
  const range = `from=${from}&to=${to}`;

  const readRows = () => orderRowsOfRange(server.db, { from, to });

  beforeAll(async () => {
    server = await startTestServer(kind);
    hq = await signIn(server.url, 'hq', 'showroom-hq');
    manager = await signIn(server.url, 'gz-tianhe-manager', 'showroom-manager');
    // The demo sells no bundles: a few of its orders are copied as bundle sales, the way a
    // kiosk push writes them (orders, then the rollups, in one transaction).
    const bundle = await server.db.selectFrom('bundles').select('id').executeTakeFirstOrThrow();
    const templates = await server.db
      .selectFrom('orders')
      .selectAll()
      .where('corrected_at', '>=', now - 20 * day)
      .orderBy('id')
      .limit(6)
      .execute();
    const copies = templates.map((template, i) => {
      const id = randomUUID();
      return {
        ...template,
        id,
        ticket: `B${id.slice(0, 7)}`,
        bundle_id: bundle.id,
        status: i % 3 === 0 ? ('cancelled' as const) : template.status,
      };
    });
    await server.db.transaction().execute(async (trx) => {
      await trx.insertInto('orders').values(copies).execute();
      await addOrdersToRollup(trx, copies);
    });
    rows = await readRows();
    const districtCounts = rows.map((r) => districtKeyOf(r));
    picked = {
      district: mostCommon(districtCounts),
      zoneId: mostCommon(rows.map((r) => r.zone_id)),
      handsetId: mostCommon(rows.map((r) => r.handset_id)),
      planId: mostCommon(rows.map((r) => r.plan_id)),
      bundleId: bundle.id,
      clerkId: mostCommon(rows.map((r) => r.clerk_id)),
    };
    otherClerk = (
      await server.db
        .selectFrom('users')
        .select('id')
        .where('login', '=', 'bj-xidan-clerk1')
        .executeTakeFirstOrThrow()
    ).id;
  });
  afterAll(async () => server?.close());

  const report = async (query: string, cookie = hq) => {
    const reply = await call(server.url, `/api/reports/sales?${range}&${query}`, { cookie });
    expect(reply.status, JSON.stringify(reply.body)).toBe(200);
    return salesReportSchema.parse(reply.body);
  };

  it.each(filterCases)(
    'filters by %s, every grouping matching a direct sum of the orders',
    async (_what, filtersOf, matches) => {
      const filters = filtersOf(picked);
      const wanted = rows.filter((row) => matches(row, picked));
      expect(wanted.length, 'the case filters some orders in').toBeGreaterThan(0);
      expect(wanted.length, 'and leaves some out').toBeLessThan(rows.length);
      for (const groupBy of salesGroupBys) {
        const query = new URLSearchParams({ ...filters, groupBy }).toString();
        const got = await report(query);
        expect(got.filters).toEqual(filters);
        const expected = new Map<string | null, ReferenceRow[]>();
        for (const row of wanted) {
          const key = keyOf[groupBy](row);
          expected.set(key, [...(expected.get(key) ?? []), row]);
        }
        const nonEmpty = got.groups.filter((g) => g.orders > 0);
        expect(nonEmpty.map((g) => g.key).sort(), groupBy).toEqual([...expected.keys()].sort());
        for (const { key, name: _name, ...totals } of nonEmpty)
          expect(totals, `${groupBy} ${key}`).toEqual(expectedTotals(expected.get(key) ?? []));
        expect(got.totals, groupBy).toEqual(expectedTotals(wanted));
      }
    },
  );

  it('clamps a manager to their store under any item filter, and allows their own district', async () => {
    const own = rows.filter((r) => r.store_id === 'gz-tianhe');
    const plan = mostCommon(own.map((r) => r.plan_id));
    const byPlan = await report(`groupBy=handset&planId=${plan}`, manager);
    expect(byPlan.storeId).toBe('gz-tianhe');
    expect(byPlan.totals).toEqual(expectedTotals(own.filter((r) => r.plan_id === plan)));

    const district = districtKeyOf(own[0]!);
    const byDistrict = await report(
      `groupBy=store&storeType=own&district=${encodeURIComponent(district)}`,
      manager,
    );
    expect(byDistrict.groups.map((g) => g.key)).toEqual(['gz-tianhe']);
    expect(byDistrict.totals).toEqual(expectedTotals(own));
  });

  const otherStoreFilters = () => [
    ['another store', 'storeId=bj-xidan&groupBy=day'],
    ['another district', `district=${encodeURIComponent('北京/西城区')}`],
    ['the other store type', 'storeType=partner'],
    ['another store’s clerk', `clerkId=${otherClerk}`],
    ['another store with a handset', `storeId=bj-xidan&handsetId=${picked.handsetId}`],
  ];

  it('refuses a manager every filter that reaches another store, in JSON and CSV alike', async () => {
    for (const [what, query] of otherStoreFilters()) {
      for (const path of ['sales', 'sales.csv']) {
        const reply = await call(server.url, `/api/reports/${path}?${range}&${query}`, {
          cookie: manager,
        });
        expect(reply.status, `${what} (${path})`).toBe(403);
        expect(reply.body.error.code).toBe('forbidden');
      }
    }
  });

  it.each([
    ['a store type that does not exist', 'storeType=franchise', 'storeType'],
    ['a district without its city', 'district=%E5%A4%A9%E6%B2%B3%E5%8C%BA', 'district'],
    ['a district no store is in', `district=${encodeURIComponent('火星/奥林匹斯区')}`, 'district'],
    ['a district with markup', 'district=%3Cb%3E%2Fx', 'district'],
    ['an unknown zone', 'zoneId=zone-nowhere', 'zoneId'],
    ['an unknown handset', 'handsetId=no-such-handset', 'handsetId'],
    ['a handset id with markup', 'handsetId=%3Cscript%3E', 'handsetId'],
    ['an empty handset', 'handsetId=', 'handsetId'],
    ['an unknown plan', 'planId=plan-free-forever', 'planId'],
    ['an unknown bundle', 'bundleId=bundle-none', 'bundleId'],
    ['an unknown clerk', 'clerkId=user-nobody', 'clerkId'],
    ['HQ as a clerk', 'clerkId=__hq__', 'clerkId'],
    ['a repeated filter', 'planId=a&planId=b', 'planId'],
    ['a misspelt filter', 'handset=x', 'querystring'],
  ])('refuses %s with 400 naming the field, and changes nothing', async (_what, query, field) => {
    const hqId = (
      await server.db
        .selectFrom('users')
        .select('id')
        .where('login', '=', 'hq')
        .executeTakeFirstOrThrow()
    ).id;
    const snapshot = async () =>
      Promise.all(
        ['orders', 'sales_daily', 'sales_store_daily', 'audit_log'].map(async (table) =>
          String(
            (
              await sql<{ n: unknown }>`select count(*) as n from ${sql.table(table)}`.execute(
                server.db,
              )
            ).rows[0]!.n,
          ),
        ),
      );
    const before = await snapshot();
    for (const path of ['sales', 'sales.csv']) {
      for (const cookie of [hq, manager]) {
        const reply = await call(
          server.url,
          `/api/reports/${path}?${range}&${query.replace('__hq__', hqId)}`,
          { cookie },
        );
        expect(reply.status, path).toBe(400);
        expect(reply.headers.get('content-type')).toContain('application/json');
        expect(reply.body.error.code).toBe('invalid_query');
        expect(Object.keys(reply.body.error.fields)).toContain(field);
      }
    }
    expect(await snapshot()).toEqual(before);
  });

  it('exports the filtered report as CSV: the same totals, then the filters spelt out', async () => {
    const query = `groupBy=clerk&storeType=own&handsetId=${picked.handsetId}&status=activated`;
    const json = await report(query);
    const response = await fetch(`${server.url}/api/reports/sales.csv?${range}&${query}&lang=en`, {
      headers: { cookie: hq },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toContain(
      `sales-all-clerk-filtered-${from}-${to}.csv`,
    );
    const lines = (await response.text()).replace(/^\uFEFF/, '').split('\r\n');
    const totalAt = lines.findIndex((line) => line.startsWith(',Total,'));
    expect(lines.slice(1, totalAt)).toHaveLength(json.groups.length);
    const [, , orders, yuan, activated, cancelled] = lines[totalAt]!.split(',');
    expect(Number(orders)).toBe(json.totals.orders);
    expect(Math.round(Number(yuan) * 100)).toBe(json.totals.revenueFen);
    expect([Number(activated), Number(cancelled)]).toEqual([json.totals.orders, 0]);
    const handset = await server.db
      .selectFrom('handsets')
      .select(['brand', 'model'])
      .where('id', '=', picked.handsetId)
      .executeTakeFirstOrThrow();
    expect(lines.slice(totalAt + 1, -1)).toEqual([
      'Filter: store type,Own store (own)',
      `Filter: handset,${handset.brand} ${handset.model} (${picked.handsetId})`,
      'Filter: status,Activated (activated)',
    ]);
  });

  it('offers the catalogue, and the scope’s stores and clerks, as choices; refuses another store', async () => {
    const all = await call(server.url, '/api/reports/sales-options', { cookie: hq });
    expect(all.status).toBe(200);
    const options = salesOptionsSchema.parse(all.body);
    const keys = (list: { key: string }[]) => list.map((o) => o.key).sort();
    const ids = async (table: 'handsets' | 'plans' | 'bundles' | 'zones') =>
      (await server.db.selectFrom(table).select('id').execute()).map((r) => r.id).sort();
    expect(keys(options.handsets)).toEqual(await ids('handsets'));
    expect(keys(options.plans)).toEqual(await ids('plans'));
    expect(keys(options.bundles)).toEqual(await ids('bundles'));
    expect(keys(options.zones)).toEqual(await ids('zones'));
    const clerks = await server.db
      .selectFrom('users')
      .select(['id', 'store_id'])
      .where('role', '=', 'clerk')
      .execute();
    expect(keys(options.clerks)).toEqual(clerks.map((c) => c.id).sort());
    // Every clerk who sold is a choice, and every one is listed under their store.
    for (const row of rows) if (row.clerk_id) expect(keys(options.clerks)).toContain(row.clerk_id);
    expect(options.clerks.every((c) => c.group !== undefined)).toBe(true);
    expect(keys(options.storeTypes)).toEqual(['own', 'partner']);
    expect(keys(options.districts)).toHaveLength(server.demo.stores);
    expect(options.districts.map((d) => d.key)).toContain(picked.district);
    const handset = options.handsets.find((h) => h.key === picked.handsetId)!;
    expect(handset.name.en).not.toBe(handset.key);
    expect(handset.name.en.startsWith(`${handset.group} `)).toBe(true);

    const mine = salesOptionsSchema.parse(
      (await call(server.url, '/api/reports/sales-options', { cookie: manager })).body,
    );
    const own = rows.filter((r) => r.store_id === 'gz-tianhe');
    expect(mine.storeId).toBe('gz-tianhe');
    expect(keys(mine.clerks)).toEqual(
      clerks
        .filter((c) => c.store_id === 'gz-tianhe')
        .map((c) => c.id)
        .sort(),
    );
    expect(keys(mine.districts)).toEqual([districtKeyOf(own[0]!)]);
    expect(keys(mine.storeTypes)).toEqual(['own']);
    for (const [cookie, status] of [
      [manager, 403],
      [hq, 200],
    ] as const) {
      const other = await call(server.url, '/api/reports/sales-options?storeId=bj-xidan', {
        cookie,
      });
      expect(other.status).toBe(status);
    }
    const odd = await call(server.url, `/api/reports/sales-options?${range}`, { cookie: hq });
    expect(odd.status).toBe(400);
  });
});
