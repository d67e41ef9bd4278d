import { sql, type Kysely } from 'kysely';

/**
 * Kiosk events get the time orders have had since migration 004: the kiosk's clock corrected by
 * the offset measured at the push that brought them (`corrected_at`). The funnel dates events
 * and orders alike by it, so a kiosk whose clock is a day off no longer puts its zone views on
 * another day than the orders they led to. Events stored before keep their device time (their
 * offset was not kept), and the funnel's two indexes move to the new column.
 */
const funnelIndexes = {
  analytics_events_funnel_time: ['corrected_at', 'store_id', 'name', 'zone_id'],
  analytics_events_funnel_store: ['store_id', 'corrected_at', 'name', 'zone_id'],
} as const;

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('analytics_events')
    .addColumn('corrected_at', 'bigint', (col) => col.notNull().defaultTo(0))
    .execute();
  await sql`update analytics_events set corrected_at = device_created_at`.execute(db);
  for (const [name, columns] of Object.entries(funnelIndexes)) {
    await db.schema.dropIndex(name).execute();
    await db.schema
      .createIndex(name)
      .on('analytics_events')
      .columns([...columns])
      .execute();
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const [name, columns] of Object.entries(funnelIndexes)) {
    await db.schema.dropIndex(name).execute();
    await db.schema
      .createIndex(name)
      .on('analytics_events')
      .columns(columns.map((column) => (column === 'corrected_at' ? 'device_created_at' : column)))
      .execute();
  }
  await db.schema.alterTable('analytics_events').dropColumn('corrected_at').execute();
}
