import type { Kysely } from 'kysely';
import { dialectOf, withAutoIncrementKey } from '../dialect';

/** Users HQ and managers can switch off, and the log of who changed what. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('users').addColumn('disabled_at', 'bigint').execute();

  // Append-only; read newest first, per store or for all of them.
  await withAutoIncrementKey(db.schema.createTable('audit_log'), 'id', dialectOf(db))
    .addColumn('at', 'bigint', (col) => col.notNull())
    .addColumn('actor_id', 'text', (col) => col.references('users.id'))
    .addColumn('action', 'text', (col) => col.notNull())
    .addColumn('target', 'text', (col) => col.notNull())
    .addColumn('store_id', 'text')
    .addColumn('detail', 'text', (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex('audit_log_store')
    .on('audit_log')
    .columns(['store_id', 'id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('audit_log').execute();
  await db.schema.alterTable('users').dropColumn('disabled_at').execute();
}
