import { sql, type Kysely } from 'kysely';
import { dialectOf, withAutoIncrementKey } from '../dialect';

/**
 * A clerk's dispute of one commission ledger line and the answer of the store's manager (or
 * HQ). An upheld dispute may append an `adjustment` line to the ledger; the ledger itself is
 * never edited. At most one open dispute per line, kept by a partial unique index.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await withAutoIncrementKey(db.schema.createTable('commission_disputes'), 'id', dialectOf(db))
    .addColumn('line_id', 'bigint', (col) => col.notNull().references('commission_ledger.id'))
    .addColumn('store_id', 'text', (col) => col.notNull().references('stores.id'))
    .addColumn('clerk_id', 'text', (col) => col.notNull().references('users.id'))
    .addColumn('message', 'text', (col) => col.notNull())
    .addColumn('opened_at', 'bigint', (col) => col.notNull())
    // 'open' | 'upheld' | 'rejected'
    .addColumn('status', 'text', (col) => col.notNull())
    .addColumn('answer', 'text')
    .addColumn('answered_by', 'text', (col) => col.references('users.id'))
    .addColumn('answered_at', 'bigint')
    .addColumn('adjustment_line_id', 'bigint', (col) => col.references('commission_ledger.id'))
    .execute();
  await sql`create unique index commission_disputes_one_open on commission_disputes (line_id) where status = 'open'`.execute(
    db,
  );
  await db.schema
    .createIndex('commission_disputes_store_status')
    .on('commission_disputes')
    .columns(['store_id', 'status', 'id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('commission_disputes').execute();
}
