import type { Kysely } from 'kysely';
import { dialectOf, withAutoIncrementKey } from '../dialect';

/** What kiosks push: the record of applied mutations, orders and their history, analytics. */
export async function up(db: Kysely<unknown>): Promise<void> {
  const dialect = dialectOf(db);

  // The primary key is what makes a push exactly-once (docs/decisions/0001).
  await db.schema
    .createTable('applied_mutations')
    .addColumn('device_id', 'text', (col) => col.notNull().references('devices.id'))
    .addColumn('mutation_id', 'text', (col) => col.notNull())
    .addColumn('type', 'text', (col) => col.notNull())
    .addColumn('status', 'text', (col) => col.notNull())
    .addColumn('result', 'text')
    .addColumn('reason', 'text')
    .addColumn('alternatives', 'text')
    .addColumn('device_created_at', 'bigint', (col) => col.notNull())
    .addColumn('received_at', 'bigint', (col) => col.notNull())
    .addPrimaryKeyConstraint('applied_mutations_pk', ['device_id', 'mutation_id'])
    .execute();

  await db.schema
    .createTable('orders')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('ticket', 'text', (col) => col.notNull())
    .addColumn('store_id', 'text', (col) => col.notNull().references('stores.id'))
    .addColumn('device_id', 'text', (col) => col.notNull().references('devices.id'))
    .addColumn('handset_id', 'text', (col) => col.references('handsets.id'))
    .addColumn('colour', 'text')
    .addColumn('plan_id', 'text', (col) => col.references('plans.id'))
    .addColumn('number', 'text')
    .addColumn('customer_name', 'text', (col) => col.notNull())
    .addColumn('id_number', 'text', (col) => col.notNull())
    .addColumn('customer_phone', 'text', (col) => col.notNull())
    .addColumn('lines', 'text', (col) => col.notNull())
    .addColumn('total_fen', 'bigint', (col) => col.notNull())
    .addColumn('status', 'text', (col) => col.notNull())
    .addColumn('device_created_at', 'bigint', (col) => col.notNull())
    .addColumn('received_at', 'bigint', (col) => col.notNull())
    .addColumn('clock_offset_ms', 'bigint')
    .execute();
  await db.schema
    .createIndex('orders_store_created')
    .on('orders')
    .columns(['store_id', 'device_created_at', 'id'])
    .execute();
  await db.schema
    .createIndex('orders_created')
    .on('orders')
    .columns(['device_created_at', 'id'])
    .execute();

  await withAutoIncrementKey(db.schema.createTable('order_events'), 'id', dialect)
    .addColumn('order_id', 'text', (col) => col.notNull().references('orders.id'))
    .addColumn('status', 'text', (col) => col.notNull())
    .addColumn('actor', 'text', (col) => col.notNull())
    .addColumn('at', 'bigint', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('order_events_order').on('order_events').column('order_id').execute();

  await withAutoIncrementKey(db.schema.createTable('analytics_events'), 'id', dialect)
    .addColumn('device_id', 'text', (col) => col.notNull().references('devices.id'))
    .addColumn('store_id', 'text', (col) => col.notNull().references('stores.id'))
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('zone_id', 'text')
    .addColumn('experience_id', 'text')
    .addColumn('detail', 'text')
    .addColumn('device_created_at', 'bigint', (col) => col.notNull())
    .addColumn('received_at', 'bigint', (col) => col.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['analytics_events', 'order_events', 'orders', 'applied_mutations']) {
    await db.schema.dropTable(table).execute();
  }
}
