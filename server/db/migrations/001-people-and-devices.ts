import type { Kysely } from 'kysely';

/** Stores, console users and their sessions, kiosks and the codes that enrol them. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('stores')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('city', 'text', (col) => col.notNull())
    .addColumn('district', 'text', (col) => col.notNull())
    .addColumn('type', 'text', (col) => col.notNull())
    .addColumn('sort', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('created_at', 'bigint', (col) => col.notNull())
    .execute();

  await db.schema
    .createTable('users')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('login', 'text', (col) => col.notNull().unique())
    .addColumn('display_name', 'text', (col) => col.notNull())
    .addColumn('role', 'text', (col) => col.notNull())
    .addColumn('store_id', 'text', (col) => col.references('stores.id'))
    .addColumn('password_hash', 'text', (col) => col.notNull())
    .addColumn('created_at', 'bigint', (col) => col.notNull())
    .execute();

  await db.schema
    .createTable('sessions')
    .addColumn('token_hash', 'text', (col) => col.primaryKey())
    .addColumn('user_id', 'text', (col) => col.notNull().references('users.id'))
    .addColumn('created_at', 'bigint', (col) => col.notNull())
    .addColumn('expires_at', 'bigint', (col) => col.notNull())
    .addColumn('revoked_at', 'bigint')
    .execute();
  await db.schema.createIndex('sessions_user').on('sessions').column('user_id').execute();

  await db.schema
    .createTable('devices')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('store_id', 'text', (col) => col.notNull().references('stores.id'))
    .addColumn('label', 'text', (col) => col.notNull())
    .addColumn('token_hash', 'text', (col) => col.notNull().unique())
    .addColumn('enrolled_at', 'bigint', (col) => col.notNull())
    .addColumn('revoked_at', 'bigint')
    .addColumn('last_seen_at', 'bigint')
    .addColumn('app_version', 'text')
    .addColumn('content_cursor', 'bigint')
    .addColumn('outbox_depth', 'bigint')
    .addColumn('storage_usage', 'bigint')
    .addColumn('storage_quota', 'bigint')
    .addColumn('persisted', 'integer')
    .addColumn('clock_offset_ms', 'bigint')
    .addColumn('last_sync_at', 'bigint')
    .addColumn('heartbeat_at', 'bigint')
    .execute();
  await db.schema.createIndex('devices_store').on('devices').column('store_id').execute();

  await db.schema
    .createTable('enrolment_codes')
    .addColumn('code', 'text', (col) => col.primaryKey())
    .addColumn('store_id', 'text', (col) => col.notNull().references('stores.id'))
    .addColumn('created_by', 'text', (col) => col.references('users.id'))
    .addColumn('created_at', 'bigint', (col) => col.notNull())
    .addColumn('expires_at', 'bigint', (col) => col.notNull())
    .addColumn('used_at', 'bigint')
    .addColumn('device_id', 'text', (col) => col.references('devices.id'))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['enrolment_codes', 'devices', 'sessions', 'users', 'stores']) {
    await db.schema.dropTable(table).execute();
  }
}
