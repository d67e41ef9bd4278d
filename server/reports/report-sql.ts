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
