import type { Kysely } from 'kysely';

/**
 * What a customer can add to an order (value-added services, gift boxes), the clerk who
 * helped, and the order's life in the store after it arrives: each step an event with who,
 * when and why; the ticket looked up by the follow-up page.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('handsets')
    .addColumn('dual_sim', 'integer', (col) => col.notNull().defaultTo(0))
    .execute();

  // Both kept as the published JSON: nothing queries inside them but the pricing.
  for (const table of ['services', 'bundles']) {
    await db.schema
      .createTable(table)
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('data', 'text', (col) => col.notNull())
      .addColumn('sort', 'integer', (col) => col.notNull())
      .addColumn('withdrawn_at', 'bigint')
      .execute();
  }

  // A clerk's badge number: what they type on a kiosk to attach themself to a customer.
  await db.schema.alterTable('users').addColumn('badge', 'text').execute();
  await db.schema
    .createIndex('users_store_badge')
    .unique()
    .on('users')
    .columns(['store_id', 'badge'])
    .execute();

  await db.schema.alterTable('orders').addColumn('bundle_id', 'text').execute();
  await db.schema
    .alterTable('orders')
    .addColumn('service_ids', 'text', (col) => col.notNull().defaultTo('[]'))
    .execute();
  // The badge as typed on the kiosk, and the clerk it named when the order arrived (null: the
  // store's own sale, also when the badge named nobody).
  await db.schema.alterTable('orders').addColumn('clerk_badge', 'text').execute();
  await db.schema
    .alterTable('orders')
    .addColumn('clerk_id', 'text', (col) => col.references('users.id'))
    .execute();
  await db.schema.alterTable('orders').addColumn('cancel_reason', 'text').execute();
  // The zone whose "get this" led to the order (null: straight from the catalogue).
  await db.schema.alterTable('orders').addColumn('zone_id', 'text').execute();
  await db.schema.createIndex('orders_ticket').on('orders').column('ticket').execute();
  await db.schema
    .createIndex('orders_clerk_created')
    .on('orders')
    .columns(['clerk_id', 'corrected_at'])
    .execute();

  await db.schema.alterTable('order_events').addColumn('note', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('order_events').dropColumn('note').execute();
  await db.schema.dropIndex('orders_clerk_created').execute();
  await db.schema.dropIndex('orders_ticket').execute();
  for (const column of [
    'zone_id',
    'cancel_reason',
    'clerk_id',
    'clerk_badge',
    'service_ids',
    'bundle_id',
  ]) {
    await db.schema.alterTable('orders').dropColumn(column).execute();
  }
  await db.schema.dropIndex('users_store_badge').execute();
  await db.schema.alterTable('users').dropColumn('badge').execute();
  await db.schema.dropTable('bundles').execute();
  await db.schema.dropTable('services').execute();
  await db.schema.alterTable('handsets').dropColumn('dual_sim').execute();
}
