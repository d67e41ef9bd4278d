import type { Kysely } from 'kysely';

/**
 * The number book: each number's tier under the rules in force and the plan it needs; kiosks'
 * leases on numbers (rows, so any server process sees them); HQ's tier rules, newest in force;
 * and the orders that lost their number at push time, waiting for a clerk.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('numbers')
    .addColumn('tier_id', 'text', (col) => col.notNull().defaultTo('ordinary'))
    .execute();
  await db.schema
    .alterTable('numbers')
    .addColumn('min_plan_fee_fen', 'integer', (col) => col.notNull().defaultTo(0))
    .execute();
  // Alternatives on a conflict are numbers of the same tier; repricing pages by number.
  await db.schema
    .createIndex('numbers_store_status_tier')
    .on('numbers')
    .columns(['store_id', 'status', 'tier_id', 'number'])
    .execute();

  // One row per number: the primary key is the arbiter between kiosks racing for a hold.
  await db.schema
    .createTable('number_holds')
    .addColumn('number', 'text', (col) => col.primaryKey())
    .addColumn('store_id', 'text', (col) => col.notNull().references('stores.id'))
    .addColumn('device_id', 'text', (col) => col.notNull().references('devices.id'))
    .addColumn('taken_at', 'bigint', (col) => col.notNull())
    .addColumn('expires_at', 'bigint', (col) => col.notNull())
    .execute();

  // Every PUT adds a row; the newest is in force, the older ones say who changed what when.
  await db.schema
    .createTable('number_tier_rules')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('rules', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'bigint', (col) => col.notNull())
    .addColumn('updated_by', 'text')
    .execute();
  await db.schema
    .createIndex('number_tier_rules_updated')
    .on('number_tier_rules')
    .columns(['updated_at', 'id'])
    .execute();

  await db.schema
    .createTable('number_conflicts')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('store_id', 'text', (col) => col.notNull().references('stores.id'))
    .addColumn('device_id', 'text', (col) => col.notNull())
    .addColumn('mutation_id', 'text', (col) => col.notNull())
    .addColumn('ticket', 'text', (col) => col.notNull())
    .addColumn('number', 'text', (col) => col.notNull())
    .addColumn('tier_id', 'text', (col) => col.notNull())
    .addColumn('draft', 'text', (col) => col.notNull())
    .addColumn('alternatives', 'text', (col) => col.notNull())
    .addColumn('created_at', 'bigint', (col) => col.notNull())
    .addColumn('status', 'text', (col) => col.notNull())
    .addColumn('resolved_at', 'bigint')
    .addColumn('resolved_by', 'text')
    .addColumn('resolution', 'text')
    .execute();
  await db.schema
    .createIndex('number_conflicts_store_status')
    .on('number_conflicts')
    .columns(['store_id', 'status', 'created_at'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('number_conflicts').execute();
  await db.schema.dropTable('number_tier_rules').execute();
  await db.schema.dropTable('number_holds').execute();
  await db.schema.dropIndex('numbers_store_status_tier').execute();
  await db.schema.alterTable('numbers').dropColumn('min_plan_fee_fen').execute();
  await db.schema.alterTable('numbers').dropColumn('tier_id').execute();
}
