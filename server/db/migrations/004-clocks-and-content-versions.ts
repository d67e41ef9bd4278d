import { sql, type Kysely } from 'kysely';

/**
 * Corrected order times with a clock flag, content versions HQ publishes (now or later, to all
 * stores or some), per-store content that a store-scoped version leaves behind, and an index
 * of the mutations a kiosk got refused.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('orders').addColumn('corrected_at', 'bigint').execute();
  await db.schema.alterTable('orders').addColumn('clock_suspect', 'text').execute();
  await sql`update orders set corrected_at = device_created_at + coalesce(clock_offset_ms, 0)`.execute(
    db,
  );
  // Lists and reports read orders by corrected time; the device-time indexes had no other use.
  await db.schema.dropIndex('orders_store_created').execute();
  await db.schema.dropIndex('orders_created').execute();
  await db.schema
    .createIndex('orders_store_corrected')
    .on('orders')
    .columns(['store_id', 'corrected_at', 'id'])
    .execute();
  await db.schema
    .createIndex('orders_corrected')
    .on('orders')
    .columns(['corrected_at', 'id'])
    .execute();

  // Partial: the console counts and lists a kiosk's refused mutations without scanning the
  // applied ones, and ingest pays for this index only on the rare refused row.
  await db.schema
    .createIndex('applied_mutations_refused')
    .on('applied_mutations')
    .columns(['device_id', 'received_at'])
    .where(sql<boolean>`status in ('rejected', 'conflict')`)
    .execute();

  // What an experience simulates (shared/experience-content.ts), kept whole as JSON.
  await db.schema.alterTable('experiences').addColumn('content', 'text').execute();

  // Orders reference handsets and plans forever: a published delete withdraws the row.
  await db.schema.alterTable('handsets').addColumn('withdrawn_at', 'bigint').execute();
  await db.schema.alterTable('plans').addColumn('withdrawn_at', 'bigint').execute();

  // What a store-scoped version put or deleted for one store, over the shared catalogue.
  await db.schema
    .createTable('content_overrides')
    .addColumn('store_id', 'text', (col) => col.notNull().references('stores.id'))
    .addColumn('entity', 'text', (col) => col.notNull())
    .addColumn('key', 'text', (col) => col.notNull())
    .addColumn('op', 'text', (col) => col.notNull())
    .addColumn('data', 'text')
    .addColumn('version_id', 'text', (col) => col.notNull())
    .addPrimaryKeyConstraint('content_overrides_pk', ['store_id', 'entity', 'key'])
    .execute();

  await db.schema
    .createTable('content_versions')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('note', 'text', (col) => col.notNull())
    .addColumn('store_ids', 'text')
    .addColumn('changes', 'text', (col) => col.notNull())
    .addColumn('change_count', 'integer', (col) => col.notNull())
    .addColumn('status', 'text', (col) => col.notNull())
    .addColumn('publish_at', 'bigint', (col) => col.notNull())
    .addColumn('created_by', 'text', (col) => col.references('users.id'))
    .addColumn('created_at', 'bigint', (col) => col.notNull())
    .addColumn('published_at', 'bigint')
    .addColumn('marker_seq', 'bigint')
    .addColumn('media', 'text')
    .addColumn('failure', 'text')
    .execute();
  await db.schema
    .createIndex('content_versions_due')
    .on('content_versions')
    .columns(['status', 'publish_at'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('content_versions').execute();
  await db.schema.dropTable('content_overrides').execute();
  await db.schema.alterTable('plans').dropColumn('withdrawn_at').execute();
  await db.schema.alterTable('handsets').dropColumn('withdrawn_at').execute();
  await db.schema.alterTable('experiences').dropColumn('content').execute();
  await db.schema.dropIndex('applied_mutations_refused').execute();
  await db.schema.dropIndex('orders_corrected').execute();
  await db.schema.dropIndex('orders_store_corrected').execute();
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
  await db.schema.alterTable('orders').dropColumn('clock_suspect').execute();
  await db.schema.alterTable('orders').dropColumn('corrected_at').execute();
}
