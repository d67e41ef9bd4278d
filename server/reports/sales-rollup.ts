import { sql, type Kysely } from 'kysely';
import { inBatches } from '../db/batches';
import { rowsPerInsert } from '../db/dialect';
import type { Db, OrderRow, SalesDailyTable } from '../db/schema';

/**
 * The sales rollups (migrations 011, 012): orders and their total per store day and report
 * key. `sales_daily` keys by every column a report groups by; `sales_store_daily` only by
 * store and status, a few rows per store day, for the time, store, type and district views.
 * Every write to `orders` that changes a report's figures calls one of these inside its own
 * transaction, so the rollups never drift from the rows they sum. They are that transaction's
 * last writes, after the change-log lock every writer takes first (PostgreSQL): a day's shared
 * rollup rows are always locked after it, never before, so two writers cannot deadlock on them.
 */
const dayMs = 86_400_000;
const storeOffsetMs = 8 * 3_600_000;

type RollupOrder = Pick<OrderRow, 'store_id' | 'corrected_at' | 'status' | 'total_fen'> & {
  handset_id?: string | null;
  plan_id?: string | null;
  bundle_id?: string | null;
  clerk_id?: string | null;
  zone_id?: string | null;
};

type RollupKey = Omit<SalesDailyTable, 'orders' | 'total_fen'>;
type RollupRow = Partial<RollupKey> & Pick<SalesDailyTable, 'orders' | 'total_fen'>;

const storeKey = ['store_day', 'store_id', 'status'] as const;
const rollups = {
  sales_daily: [...storeKey, 'handset_id', 'plan_id', 'bundle_id', 'clerk_id', 'zone_id'],
  sales_store_daily: storeKey,
} as const satisfies Record<string, readonly (keyof RollupKey)[]>;
type RollupTable = keyof typeof rollups;
const rollupTables = Object.keys(rollups) as RollupTable[];

/** The store day of an instant, as `(corrected_at + 8 h) / 1 day` computes it in SQL. */
const storeDayOf = (correctedAt: number) => Math.floor((correctedAt + storeOffsetMs) / dayMs);

function rollupKey(order: RollupOrder, status = order.status): RollupKey {
  return {
    store_day: storeDayOf(order.corrected_at),
    store_id: order.store_id,
    status,
    handset_id: order.handset_id ?? '',
    plan_id: order.plan_id ?? '',
    bundle_id: order.bundle_id ?? '',
    clerk_id: order.clerk_id ?? '',
    zone_id: order.zone_id ?? '',
  };
}

/** A rollup's own columns of a key. */
function keyIn(table: RollupTable, key: RollupKey): Partial<RollupKey> {
  return Object.fromEntries(rollups[table].map((column) => [column, key[column]]));
}

/**
 * Adds counts to a rollup, grouped by its key and summed into the rows already there (one
 * multi-row upsert), in key order so concurrent writers lock shared rows in the same order.
 */
async function addToRollup(
  db: Db,
  table: RollupTable,
  counts: readonly { key: RollupKey; orders: number; totalFen: number }[],
): Promise<void> {
  const groups = new Map<string, RollupRow>();
  for (const { key, orders, totalFen } of counts) {
    const own = keyIn(table, key);
    const id = JSON.stringify(rollups[table].map((column) => own[column]));
    const group = groups.get(id);
    if (group) {
      group.orders += orders;
      group.total_fen += totalFen;
    } else {
      groups.set(id, { ...own, orders, total_fen: totalFen });
    }
  }
  const sorted = [...groups].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, g]) => g);
  const columns = rollups[table];
  for (const batch of inBatches(sorted, rowsPerInsert(columns.length + 2))) {
    await db
      .insertInto(table as 'sales_daily')
      .values(batch as SalesDailyTable[])
      .onConflict((conflict) =>
        conflict.columns([...columns]).doUpdateSet({
          orders: sql`${sql.table(table)}.orders + excluded.orders`,
          total_fen: sql`${sql.table(table)}.total_fen + excluded.total_fen`,
        }),
      )
      .execute();
  }
}

/** Counts newly inserted orders into every rollup. */
export async function addOrdersToRollup(db: Db, orders: readonly RollupOrder[]): Promise<void> {
  if (orders.length === 0) return;
  const counts = orders.map((order) => ({
    key: rollupKey(order),
    orders: 1,
    totalFen: order.total_fen,
  }));
  for (const table of rollupTables) await addToRollup(db, table, counts);
}

/** Moves one order from its old status's rows to its new one's. */
export async function moveOrderInRollup(
  db: Db,
  order: RollupOrder,
  to: OrderRow['status'],
): Promise<void> {
  if (order.status === to) return;
  const from = rollupKey(order);
  const into = rollupKey(order, to);
  const counts = [
    { key: from, orders: -1, totalFen: -order.total_fen },
    { key: into, orders: 1, totalFen: order.total_fen },
  ];
  for (const table of rollupTables) await addToRollup(db, table, counts);
}

/** Rebuilds a rollup from every order in one INSERT … SELECT (migrations 011, 012, the bench). */
export async function backfillSalesRollup<DB>(db: Kysely<DB>, table: RollupTable): Promise<void> {
  const expressions = {
    store_day: sql`(corrected_at + ${sql.lit(storeOffsetMs)}) / ${sql.lit(dayMs)}`,
    store_id: sql`store_id`,
    status: sql`status`,
    handset_id: sql`coalesce(handset_id, '')`,
    plan_id: sql`coalesce(plan_id, '')`,
    bundle_id: sql`coalesce(bundle_id, '')`,
    clerk_id: sql`coalesce(clerk_id, '')`,
    zone_id: sql`coalesce(zone_id, '')`,
  };
  const columns = rollups[table];
  await sql`delete from ${sql.table(table)}`.execute(db);
  await sql`insert into ${sql.table(table)} (${sql.join(columns.map((c) => sql.ref(c)))}, orders, total_fen)
    select ${sql.join(columns.map((c) => expressions[c]))}, count(*), cast(sum(total_fen) as bigint)
    from orders
    group by ${sql.join(columns.map((_, i) => sql.lit(i + 1)))}`.execute(db);
}

/** Rebuilds every rollup (after a bulk load that bypassed `addOrdersToRollup`). */
export async function backfillSalesRollups<DB>(db: Kysely<DB>): Promise<void> {
  for (const table of rollupTables) await backfillSalesRollup(db, table);
}
