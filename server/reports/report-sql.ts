import { sql, type RawBuilder } from 'kysely';
import { dialectOf } from '../db/dialect';
import type { Db } from '../db/schema';

/**
 * The orders table as reports read it. On SQLite the covering index is named, because its
 * planner otherwise skip-scans `orders_store_corrected` (200 stores look cheap to skip) and
 * then fetches every wide order row: ten times slower at a million orders. PostgreSQL's
 * planner picks the index-only scan by itself.
 */
export function reportOrders(
  db: Db,
  storeId: string | undefined,
  byStore = false,
): RawBuilder<unknown> {
  if (dialectOf(db) !== 'sqlite') return sql`orders`;
  // Grouped by store, the store-first index hands rows over already in groups (a skip-scan
  // of each store's range) instead of sorting the whole range in a temporary tree.
  return storeId === undefined && !byStore
    ? sql`orders indexed by orders_sales_time`
    : sql`orders indexed by orders_sales_store`;
}

/** Kiosk events as the funnel reads them, through its covering index on SQLite (as above). */
export function reportEvents(db: Db, storeId: string | undefined): RawBuilder<unknown> {
  if (dialectOf(db) !== 'sqlite') return sql`analytics_events`;
  return storeId === undefined
    ? sql`analytics_events indexed by analytics_events_funnel_time`
    : sql`analytics_events indexed by analytics_events_funnel_store`;
}

/** The same sums on both databases: integer results, cancelled orders out of revenue. */
export const salesMeasures = sql`count(*) as orders,
  cast(sum(case when status <> 'cancelled' then total_fen else 0 end) as bigint) as revenue,
  cast(sum(case when status = 'activated' then 1 else 0 end) as bigint) as activated,
  cast(sum(case when status = 'cancelled' then 1 else 0 end) as bigint) as cancelled`;
