import { sql, type RawBuilder } from 'kysely';
import { dialectOf } from '../db/dialect';
import type { Db } from '../db/schema';

/**
 * Kiosk events as the funnel reads them. On SQLite the covering index is named, because its
 * planner otherwise prefers an index that makes it fetch every wide row. PostgreSQL picks the
 * index-only scan by itself.
 */
export function reportEvents(db: Db, storeId: string | undefined): RawBuilder<unknown> {
  if (dialectOf(db) !== 'sqlite') return sql`analytics_events`;
  return storeId === undefined
    ? sql`analytics_events indexed by analytics_events_funnel_time`
    : sql`analytics_events indexed by analytics_events_funnel_store`;
}

/** The same figures from `sales_daily`, whose rows hold a count and a total for every status. */
export const rollupMeasures = sql`cast(sum(orders) as bigint) as orders,
  cast(sum(case when status <> 'cancelled' then total_fen else 0 end) as bigint) as revenue,
  cast(sum(case when status = 'activated' then orders else 0 end) as bigint) as activated,
  cast(sum(case when status = 'cancelled' then orders else 0 end) as bigint) as cancelled`;
