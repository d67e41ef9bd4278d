import { sql, type Kysely } from 'kysely';
import { inBatches } from '../db/batches';
import { rowsPerInsert } from '../db/dialect';
import type { Db, OrderRow, SalesDailyTable } from '../db/schema';

/**
 * `sales_daily` (migration 011): orders and their total per store day and report key. Every
 * write to `orders` that changes a report's figures calls one of these inside its own
 * transaction, so the rollup never drifts from the rows it sums. They are that transaction's
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

const keyColumns = [
  'store_day',
  'store_id',
  'status',
  'handset_id',
  'plan_id',
  'bundle_id',
  'clerk_id',
  'zone_id',
] as const;

/** The store day of an instant, as `(corrected_at + 8 h) / 1 day` computes it in SQL. */
const storeDayOf = (correctedAt: number) => Math.floor((correctedAt + storeOffsetMs) / dayMs);

function rollupKey(
  order: RollupOrder,
  status = order.status,
): Omit<SalesDailyTable, 'orders' | 'total_fen'> {
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

/** Adds rows to the rollup, summing into the rows already there (one multi-row upsert). */
async function upsertRollup(db: Db, rows: SalesDailyTable[]): Promise<void> {
  for (const batch of inBatches(rows, rowsPerInsert(keyColumns.length + 2))) {
    await db
      .insertInto('sales_daily')
      .values(batch)
      .onConflict((conflict) =>
        conflict.columns([...keyColumns]).doUpdateSet({
          orders: sql`sales_daily.orders + excluded.orders`,
          total_fen: sql`sales_daily.total_fen + excluded.total_fen`,
        }),
      )
      .execute();
  }
}

/** Counts newly inserted orders, grouped by key first. */
export async function addOrdersToRollup(db: Db, orders: readonly RollupOrder[]): Promise<void> {
  const groups = new Map<string, SalesDailyTable>();
  for (const order of orders) {
    const key = rollupKey(order);
    const id = JSON.stringify(keyColumns.map((column) => key[column]));
    const group = groups.get(id);
    if (group) {
      group.orders += 1;
      group.total_fen += order.total_fen;
    } else {
      groups.set(id, { ...key, orders: 1, total_fen: order.total_fen });
    }
  }
  // In key order, so concurrent pushes on PostgreSQL lock shared rows in the same order.
  const sorted = [...groups].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  await upsertRollup(
    db,
    sorted.map(([, group]) => group),
  );
}

/** Moves one order from its old status's row to its new one. */
export async function moveOrderInRollup(
  db: Db,
  order: RollupOrder,
  to: OrderRow['status'],
): Promise<void> {
  if (order.status === to) return;
  const from = rollupKey(order);
  let update = db.updateTable('sales_daily').set({
    orders: sql`orders - 1`,
    total_fen: sql`total_fen - ${order.total_fen}`,
  });
  for (const column of keyColumns) update = update.where(column, '=', from[column]);
  await update.execute();
  await upsertRollup(db, [{ ...rollupKey(order, to), orders: 1, total_fen: order.total_fen }]);
}

/** Rebuilds the rollup from every order in one INSERT … SELECT (migration 011, the bench). */
export async function backfillSalesDaily<DB>(db: Kysely<DB>): Promise<void> {
  await sql`delete from sales_daily`.execute(db);
  await sql`insert into sales_daily (${sql.join(keyColumns.map((c) => sql.ref(c)))}, orders, total_fen)
    select (corrected_at + ${sql.lit(storeOffsetMs)}) / ${sql.lit(dayMs)}, store_id, status,
      coalesce(handset_id, ''), coalesce(plan_id, ''), coalesce(bundle_id, ''),
      coalesce(clerk_id, ''), coalesce(zone_id, ''),
      count(*), cast(sum(total_fen) as bigint)
    from orders
    group by 1, 2, 3, 4, 5, 6, 7, 8`.execute(db);
}
