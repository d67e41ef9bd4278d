import type { Kysely } from 'kysely';
import { backfillSalesRollup } from '../../reports/sales-rollup';

/**
 * `sales_daily` narrowed to (store day, store, status): a few rows per store day, which is
 * what the time, store, store-type and district views group, so HQ's year-long views read
 * hundreds of thousands of rows fewer. See docs/decisions/0008-sales-daily-rollup.md.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('sales_store_daily')
    .addColumn('store_id', 'text', (col) => col.notNull())
    .addColumn('store_day', 'integer', (col) => col.notNull())
    .addColumn('status', 'text', (col) => col.notNull())
    .addColumn('orders', 'bigint', (col) => col.notNull())
    .addColumn('total_fen', 'bigint', (col) => col.notNull())
    .addPrimaryKeyConstraint('sales_store_daily_key', ['store_day', 'store_id', 'status'])
    .execute();
  await db.schema
    .createIndex('sales_store_daily_store')
    .on('sales_store_daily')
    .columns(['store_id', 'store_day'])
    .execute();
  await backfillSalesRollup(db, 'sales_store_daily');
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('sales_store_daily').execute();
}
