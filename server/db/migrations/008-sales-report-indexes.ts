import type { Kysely } from 'kysely';

/**
 * Sales reports read only these columns, so each report is an index-only scan of a narrow
 * index instead of a scan of wide order rows (lines JSON, customer data). One index leads with
 * time (HQ across stores), one with the store (a manager's own store). See
 * docs/decisions/sales-report-indexes.md for why indexes rather than rollup tables.
 */
const salesColumns = [
  'status',
  'total_fen',
  'handset_id',
  'plan_id',
  'bundle_id',
  'clerk_id',
  'zone_id',
] as const;

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex('orders_sales_time')
    .on('orders')
    .columns(['corrected_at', 'store_id', ...salesColumns])
    .execute();
  await db.schema
    .createIndex('orders_sales_store')
    .on('orders')
    .columns(['store_id', 'corrected_at', ...salesColumns])
    .execute();
  await db.schema
    .createIndex('analytics_events_funnel_time')
    .on('analytics_events')
    .columns(['device_created_at', 'store_id', 'name', 'zone_id'])
    .execute();
  await db.schema
    .createIndex('analytics_events_funnel_store')
    .on('analytics_events')
    .columns(['store_id', 'device_created_at', 'name', 'zone_id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const index of [
    'analytics_events_funnel_store',
    'analytics_events_funnel_time',
    'orders_sales_store',
    'orders_sales_time',
  ]) {
    await db.schema.dropIndex(index).execute();
  }
}
