import type { Kysely } from 'kysely';
import { backfillSalesRollup } from '../../reports/sales-rollup';

/**
 * Orders and their total per store, store day, status and every column a sales report groups
 * by, so HQ's reports read a few thousand rows instead of a million index entries. A missing
 * handset, plan, bundle, clerk or zone is stored as '' so the key can be a primary key (an
 * upsert's conflict target on both databases). See docs/decisions/0008-sales-daily-rollup.md.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('sales_daily')
    .addColumn('store_id', 'text', (col) => col.notNull())
    .addColumn('store_day', 'integer', (col) => col.notNull())
    .addColumn('status', 'text', (col) => col.notNull())
    .addColumn('handset_id', 'text', (col) => col.notNull())
    .addColumn('plan_id', 'text', (col) => col.notNull())
    .addColumn('bundle_id', 'text', (col) => col.notNull())
    .addColumn('clerk_id', 'text', (col) => col.notNull())
    .addColumn('zone_id', 'text', (col) => col.notNull())
    .addColumn('orders', 'bigint', (col) => col.notNull())
    // Every status's total; reports leave cancelled orders out of revenue when they read it.
    .addColumn('total_fen', 'bigint', (col) => col.notNull())
    .addPrimaryKeyConstraint('sales_daily_key', [
      'store_day',
      'store_id',
      'status',
      'handset_id',
      'plan_id',
      'bundle_id',
      'clerk_id',
      'zone_id',
    ])
    .execute();
  await db.schema
    .createIndex('sales_daily_store')
    .on('sales_daily')
    .columns(['store_id', 'store_day'])
    .execute();
  await backfillSalesRollup(db, 'sales_daily');
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('sales_daily').execute();
}
