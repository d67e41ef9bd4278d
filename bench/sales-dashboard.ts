import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql, type Insertable, type Kysely } from 'kysely';
import pg from 'pg';
import {
  commissionPeriod,
  districtKeyOf,
  salesGroupBys,
  storeDayOfInstant,
  type SalesFilters,
  type SalesGroupBy,
} from '../shared';
import { readStatement } from '../server/commission/statement-repo';
import { createDb, type DbHandle } from '../server/db/create-db';
import { rowsPerInsert } from '../server/db/dialect';
import { migrateToLatest } from '../server/db/migrate';
import type {
  AnalyticsEventsTable,
  CommissionLedgerTable,
  Database,
  NewOrderRow,
} from '../server/db/schema';
import { funnelReport } from '../server/reports/funnel-repo';
import { backfillSalesRollups } from '../server/reports/sales-rollup';
import { salesOptions } from '../server/reports/sales-options-repo';
import { salesReport, type SalesFilter } from '../server/reports/sales-repo';
import { todayReport } from '../server/reports/today-repo';
import { seedDemo } from '../server/seed/seed-demo';
import { seededRandom, type Random } from '../server/seed/random';
import { benchAdmin, postgresUrl, type DbKind } from './support/server';
import { fmt, median, percentile, printTable, type Row } from './support/report';

/**
 * The sales dashboard's queries over 1,000,000 orders in 200 stores (a year of them) and as
 * many kiosk events: p95 per query (each grouping over the last 30 days for HQ, a manager's
 * store, a year's trend, the funnel, today). The same-run baseline is the same report read by
 * a plain scan of the order rows (indexes turned off), so the ratio shows what the daily
 * rollups (migrations 011, 012) and the covering indexes of migration 008 buy. A clerk's
 * statement of a month is measured against a plain scan of that month's ledger. Orders are bulk
 * inserted, then the rollup is backfilled once, timed apart.
 */
// Knobs: BENCH_SALES_ORDERS (1,000,000), BENCH_SALES_STORES (200), BENCH_SALES_RUNS (15).
const orderCount = Number(process.env.BENCH_SALES_ORDERS ?? 1_000_000);
const storeCount = Number(process.env.BENCH_SALES_STORES ?? 200);
const runs = Number(process.env.BENCH_SALES_RUNS ?? 15);
const eventCount = orderCount;
const days = 365;
const dayMs = 86_400_000;
const now = Date.now();

interface Fixture {
  stores: string[];
  devices: Map<string, string[]>;
  clerks: Map<string, string[]>;
  handsets: string[];
  plans: string[];
  zones: string[];
  ruleId: string;
}

async function openDb(kind: DbKind): Promise<{ handle: DbHandle; drop(): Promise<void> }> {
  if (kind === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'showroom-bench-sales-'));
    const handle = await createDb({ sqliteFile: join(dir, 'showroom.sqlite') });
    return { handle, drop: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const schema = `bench_sales_${randomBytes(5).toString('hex')}`;
  const handle = await createDb({ url: postgresUrl, pgSchema: schema });
  return {
    handle,
    drop: async () => {
      const client = new pg.Client({ connectionString: postgresUrl });
      await client.connect();
      await client.query(`drop schema if exists ${schema} cascade`);
      await client.end();
    },
  };
}

/** The demo's catalogue, then stores (with kiosks and two clerks each) up to `storeCount`. */
export async function prepare(db: Kysely<Database>): Promise<Fixture> {
  await seedDemo(db, {
    adminLogin: benchAdmin.login,
    adminPassword: benchAdmin.password,
    size: { handsets: 300, numbersPerStore: 10, stockPerStore: 50, orders: 0, days: 30 },
  });
  const existing = await db.selectFrom('stores').select('id').execute();
  const extra = Array.from({ length: Math.max(0, storeCount - existing.length) }, (_, i) => ({
    id: `bench-store-${i}`,
    name: `压测门店 ${i}`,
    city: ['北京', '上海', '广州', '深圳', '成都'][i % 5]!,
    district: `区 ${i % 17}`,
    type: i % 3 === 0 ? ('partner' as const) : ('own' as const),
    sort: 100 + i,
    created_at: now,
  }));
  if (extra.length) await db.insertInto('stores').values(extra).execute();
  const stores = [...existing.map((s) => s.id), ...extra.map((s) => s.id)];
  const devices = new Map(stores.map((s) => [s, [`${s}-k1`, `${s}-k2`]]));
  await db
    .insertInto('devices')
    .values(
      stores.flatMap((s) =>
        devices.get(s)!.map((id) => ({
          id,
          store_id: s,
          label: id,
          token_hash: randomBytes(16).toString('hex'),
          enrolled_at: now,
        })),
      ),
    )
    .execute();
  const clerks = new Map(stores.map((s) => [s, [`${s}-c1`, `${s}-c2`]]));
  await db
    .insertInto('users')
    .values(
      stores.flatMap((s) =>
        clerks.get(s)!.map((id) => ({
          id,
          login: id,
          display_name: `店员 ${id}`,
          role: 'clerk' as const,
          store_id: s,
          password_hash: 'x',
          created_at: now,
        })),
      ),
    )
    .execute();
  const handsets = (await db.selectFrom('handsets').select('id').execute()).map((h) => h.id);
  const plans = (await db.selectFrom('plans').select('id').execute()).map((p) => p.id);
  const zones = (await db.selectFrom('zones').select('id').execute()).map((z) => z.id);
  const rule = await db.selectFrom('commission_rules').select('id').executeTakeFirstOrThrow();
  return { stores, devices, clerks, handsets, plans, zones, ruleId: rule.id };
}

/** A shop-hours moment within the last year, recent days a little busier. */
function saleTime(random: Random): number {
  const daysAgo = Math.floor(random.next() ** 1.2 * days);
  const at = now - daysAgo * dayMs - random.int(0, 12 * 3_600_000);
  return Math.min(at, now - 1_000);
}

function orderRow(i: number, f: Fixture, random: Random): NewOrderRow {
  const store = random.pick(f.stores);
  const at = saleTime(random);
  const r = random.next();
  const status =
    r < 0.8 ? 'activated' : r < 0.87 ? 'cancelled' : r < 0.95 ? 'confirmed' : 'received';
  const id = `00000000-0000-4000-8000-${i.toString(16).padStart(12, '0')}`;
  const total = random.int(0, 6_000) * 100;
  return {
    id,
    ticket: `B${i.toString(36).toUpperCase().padStart(7, '0')}`,
    store_id: store,
    device_id: random.pick(f.devices.get(store)!),
    handset_id: random.chance(0.95) ? random.pick(f.handsets) : null,
    colour: '黑色',
    plan_id: random.chance(0.85) ? random.pick(f.plans) : null,
    number: null,
    customer_name: '张三',
    id_number: '110101199003074514',
    customer_phone: '13800138000',
    // As wide as a real order's priced lines: what a plain scan has to read past.
    lines: JSON.stringify([
      { kind: 'handset', ref: 'h', label: { zh: '手机', en: 'Handset' }, amountFen: total },
      { kind: 'plan', ref: 'p', label: { zh: '套餐 首月', en: 'Plan first month' }, amountFen: 0 },
    ]),
    total_fen: total,
    status,
    device_created_at: at,
    received_at: at + 1_000,
    clock_offset_ms: 0,
    corrected_at: at,
    clock_suspect: null,
    clerk_id: random.chance(0.7) ? random.pick(f.clerks.get(store)!) : null,
    zone_id: random.chance(0.35) ? random.pick(f.zones) : null,
  };
}

/**
 * A clerk's ledger lines of an order, as activation and cancellation write them: one earned
 * line per activated (or later cancelled) order with a clerk, and its reversal.
 */
function ledgerRows(order: NewOrderRow, f: Fixture): Insertable<CommissionLedgerTable>[] {
  if (!order.clerk_id || (order.status !== 'activated' && order.status !== 'cancelled')) return [];
  const line = {
    order_id: order.id,
    store_id: order.store_id,
    clerk_id: order.clerk_id,
    rule_id: f.ruleId,
    period: commissionPeriod(order.corrected_at),
    at: order.corrected_at,
  };
  const earned = { ...line, kind: 'earn' as const, amount_fen: 3_000 };
  if (order.status === 'activated') return [earned];
  return [earned, { ...line, kind: 'reversal' as const, amount_fen: -3_000 }];
}

function eventRow(f: Fixture, random: Random): Insertable<AnalyticsEventsTable> {
  const store = random.pick(f.stores);
  const r = random.next();
  const name =
    r < 0.55
      ? 'zone.viewed'
      : r < 0.8
        ? 'experience.started'
        : r < 0.9
          ? 'experience.finished'
          : 'getThis.tapped';
  const at = saleTime(random);
  return {
    device_id: random.pick(f.devices.get(store)!),
    store_id: store,
    name,
    zone_id: random.pick(f.zones),
    experience_id: null,
    detail: null,
    device_created_at: at,
    received_at: at + 500,
    corrected_at: at,
  };
}

export async function fill(
  db: Kysely<Database>,
  f: Fixture,
): Promise<{ orders: number; events: number; ledger: number }> {
  const random = seededRandom(2009_0107);
  const started = performance.now();
  const orderBatch = rowsPerInsert(27);
  const ledgerBatch = rowsPerInsert(8);
  let ledger = 0;
  for (let i = 0; i < orderCount; i += orderBatch * 10) {
    await db.transaction().execute(async (trx) => {
      for (let j = i; j < Math.min(orderCount, i + orderBatch * 10); j += orderBatch) {
        const rows = Array.from({ length: Math.min(orderBatch, orderCount - j) }, (_, k) =>
          orderRow(j + k, f, random),
        );
        await trx.insertInto('orders').values(rows).execute();
        const lines = rows.flatMap((row) => ledgerRows(row, f));
        for (let k = 0; k < lines.length; k += ledgerBatch) {
          await trx
            .insertInto('commission_ledger')
            .values(lines.slice(k, k + ledgerBatch))
            .execute();
        }
        ledger += lines.length;
      }
    });
  }
  const orders = (performance.now() - started) / 1000;
  const eventsStarted = performance.now();
  const eventBatch = rowsPerInsert(9);
  for (let i = 0; i < eventCount; i += eventBatch * 10) {
    await db.transaction().execute(async (trx) => {
      for (let j = i; j < Math.min(eventCount, i + eventBatch * 10); j += eventBatch) {
        const rows = Array.from({ length: Math.min(eventBatch, eventCount - j) }, () =>
          eventRow(f, random),
        );
        await trx.insertInto('analytics_events').values(rows).execute();
      }
    });
  }
  return { orders, events: (performance.now() - eventsStarted) / 1000, ledger };
}

async function timed(fn: () => Promise<unknown>): Promise<number[]> {
  await fn(); // warm the cache and the plan
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await fn();
    samples.push(performance.now() - started);
  }
  return samples;
}

/** The same report with the indexes out of play: a plain scan of the order rows. */
async function withoutIndexes<T>(
  db: Kysely<Database>,
  kind: DbKind,
  fn: (db: Kysely<Database>) => Promise<T>,
) {
  // SQLite is told by `not indexed` in the query itself.
  if (kind === 'sqlite') return fn(db);
  return db.transaction().execute(async (trx) => {
    await sql`set local enable_indexscan = off`.execute(trx);
    await sql`set local enable_indexonlyscan = off`.execute(trx);
    await sql`set local enable_bitmapscan = off`.execute(trx);
    return fn(trx);
  });
}

/** A full read of the range's order rows, as a report without a fitting index would do. */
async function plainScan(db: Kysely<Database>, kind: DbKind, from: number, to: number) {
  const table = kind === 'sqlite' ? sql`orders not indexed` : sql`orders`;
  await withoutIndexes(db, kind, (d) =>
    sql`select store_id, count(*), sum(case when status <> 'cancelled' then total_fen else 0 end), max(length(lines))
        from ${table} where corrected_at >= ${from} and corrected_at < ${to} group by store_id`.execute(
      d,
    ),
  );
}

/** A clerk's ledger lines of a month read without indexes: what the statement would cost. */
async function plainLedgerScan(
  db: Kysely<Database>,
  kind: DbKind,
  clerkId: string,
  period: string,
) {
  const table = kind === 'sqlite' ? sql`commission_ledger not indexed` : sql`commission_ledger`;
  await withoutIndexes(db, kind, (d) =>
    sql`select count(*), sum(amount_fen) from ${table}
        where period = ${period} and clerk_id = ${clerkId}`.execute(d),
  );
}

/** The district holding the most stores, as the district filter names it. */
async function busiestDistrict(db: Kysely<Database>): Promise<{ key: string; stores: number }> {
  const stores = await db.selectFrom('stores').select(['city', 'district']).execute();
  const counts = new Map<string, number>();
  for (const store of stores)
    counts.set(districtKeyOf(store), (counts.get(districtKeyOf(store)) ?? 0) + 1);
  const [key, count] = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]!;
  return { key, stores: count };
}

/** Times every dashboard query on a filled database and prints the table; returns its rows. */
export async function measureDashboard(
  db: Kysely<Database>,
  kind: DbKind,
  store: string,
  storeCount: number,
): Promise<Row[]> {
  const to = storeDayOfInstant(now);
  const from30 = storeDayOfInstant(now - 29 * dayMs);
  const fromYear = storeDayOfInstant(now - 364 * dayMs);
  const baselineSamples = await timed(() => plainScan(db, kind, now - 30 * dayMs, now));
  const baseline = percentile(baselineSamples, 95);
  const baselineYear = percentile(
    await timed(() => plainScan(db, kind, now - 365 * dayMs, now)),
    95,
  );

  const rows: Row[] = [];
  const add = (figure: string, samples: number[], base = baseline) => {
    const p95 = percentile(samples, 95);
    rows.push({
      figure: `${figure} (median ${fmt(median(samples), 1)})`,
      value: fmt(p95, 1),
      baseline: fmt(base, 1),
      ratio: `${fmt(p95 / base, 2)}×`,
      target: '< 200 ms',
    });
  };
  const sales =
    (groupBy: SalesGroupBy, fromDay: string, storeId?: string, filters: SalesFilters = {}) =>
    () =>
      salesReport(db, groupBy, { ...filters, from: fromDay, to, storeId } satisfies SalesFilter);
  for (const groupBy of salesGroupBys)
    add(`sales by ${groupBy}, 30 days, all stores: p95 ms`, await timed(sales(groupBy, from30)));
  for (const groupBy of ['day', 'handset', 'clerk'] as const)
    add(
      `sales by ${groupBy}, 30 days, one store: p95 ms`,
      await timed(sales(groupBy, from30, store)),
    );
  for (const groupBy of ['month', 'store'] as const)
    add(
      `sales by ${groupBy}, 365 days, all stores: p95 ms`,
      await timed(sales(groupBy, fromYear)),
      baselineYear,
    );
  add(
    'sales by day, 365 days, one store: p95 ms',
    await timed(sales('day', fromYear, store)),
    baselineYear,
  );
  // Filtered views (the console's filters): the busiest district, the first handset, HQ's own stores.
  const district = await busiestDistrict(db);
  const handsetId = (
    await db.selectFrom('handsets').select('id').orderBy('id').limit(1).executeTakeFirstOrThrow()
  ).id;
  const filtered: [string, SalesGroupBy, string, SalesFilters][] = [
    [
      `by day, 30 days, district ${district.key} (${district.stores} stores)`,
      'day',
      from30,
      { district: district.key },
    ],
    ['by day, 30 days, one handset', 'day', from30, { handsetId }],
    ['by store, 30 days, own stores', 'store', from30, { storeType: 'own' }],
    [
      'by handset, 30 days, district + activated',
      'handset',
      from30,
      { district: district.key, status: 'activated' },
    ],
    ['by month, 365 days, one handset', 'month', fromYear, { handsetId }],
  ];
  for (const [figure, groupBy, fromDay, filters] of filtered)
    add(
      `sales ${figure}, all stores: p95 ms`,
      await timed(sales(groupBy, fromDay, undefined, filters)),
      fromDay === fromYear ? baselineYear : baseline,
    );
  add(
    'filter options, all stores: p95 ms',
    await timed(() => salesOptions(db, { storeId: undefined })),
  );
  add('filter options, one store: p95 ms', await timed(() => salesOptions(db, { storeId: store })));
  add(
    'funnel, 30 days, all stores: p95 ms',
    await timed(() => funnelReport(db, { from: from30, to, storeId: undefined })),
  );
  add(
    'funnel, 30 days, one store: p95 ms',
    await timed(() => funnelReport(db, { from: from30, to, storeId: store })),
  );
  add('today, all stores: p95 ms', await timed(() => todayReport(db, { storeId: undefined, now })));
  add('today, one store: p95 ms', await timed(() => todayReport(db, { storeId: store, now })));

  // A clerk's statement: the last whole month, against a plain scan of that month's ledger.
  const clerk = { id: `${store}-c1`, displayName: `店员 ${store}-c1`, storeId: store };
  const period = commissionPeriod(now - 31 * dayMs);
  const ledgerBaseline = percentile(
    await timed(() => plainLedgerScan(db, kind, clerk.id, period)),
    95,
  );
  const statement = await readStatement(db, clerk, period);
  const statementRow = rows.length;
  add(
    `clerk's statement, one month (${statement.lines.length} lines): p95 ms`,
    await timed(() => readStatement(db, clerk, period)),
    ledgerBaseline,
  );
  rows[statementRow]!.target = '< 50 ms';
  printTable(
    `Sales dashboard on ${kind}: ${fmt(orderCount)} orders, ${storeCount} stores ` +
      `(baseline: plain scan of the range's order rows, 30 days ${fmt(baseline, 1)} ms, ` +
      `365 days ${fmt(baselineYear, 1)} ms)`,
    rows,
  );
  return rows;
}

export async function benchSalesDashboard(kinds: DbKind[] = ['sqlite', 'postgres']) {
  const results: Record<string, Row[]> = {};
  for (const kind of kinds) {
    const { handle, drop } = await openDb(kind);
    try {
      const { db } = handle;
      await migrateToLatest(db);
      const fixture = await prepare(db);
      const filled = await fill(db, fixture);
      // Bulk-inserted orders skip addOrdersToRollup: fill the rollups as migrations 011/012 do.
      const rollupStarted = performance.now();
      await backfillSalesRollups(db);
      const rollupSeconds = (performance.now() - rollupStarted) / 1000;
      const countRows = async (table: 'sales_daily' | 'sales_store_daily') =>
        Number(
          (
            await db
              .selectFrom(table)
              .select((eb) => eb.fn.countAll<number>().as('rows'))
              .executeTakeFirstOrThrow()
          ).rows,
        );
      const [dailyRows, storeRows] = [
        await countRows('sales_daily'),
        await countRows('sales_store_daily'),
      ];
      if (kind === 'postgres') await sql`vacuum analyze`.execute(db);
      else await sql`analyze`.execute(db);
      console.log(
        `${kind}: ${fmt(orderCount)} orders in ${fmt(filled.orders, 1)} s, ` +
          `${fmt(eventCount)} events in ${fmt(filled.events, 1)} s, ${fixture.stores.length} stores, ` +
          `${fmt(filled.ledger)} commission lines; ` +
          `rollups backfilled in ${fmt(rollupSeconds, 1)} s (sales_daily ${fmt(dailyRows)} rows, ` +
          `sales_store_daily ${fmt(storeRows)})`,
      );

      results[kind] = await measureDashboard(db, kind, fixture.stores[0]!, fixture.stores.length);
    } finally {
      await handle.close();
      await drop();
    }
  }
  return results;
}
