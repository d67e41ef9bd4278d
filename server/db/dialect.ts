import { PostgresAdapter, sql, type CreateTableBuilder, type Kysely } from 'kysely';

/**
 * Everything that differs between SQLite and PostgreSQL lives here; the rest of the server
 * writes one query for both.
 */
export type SqlDialect = 'sqlite' | 'postgres';

/** Which database a handle (or a transaction of it) talks to. */
export function dialectOf<DB>(db: Kysely<DB>): SqlDialect {
  // getExecutor() is Kysely's own way to reach the adapter (its Migrator uses it too).
  return db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite';
}

/** A monotonic integer primary key: `integer … autoincrement` on SQLite, `bigserial` on PG. */
export function withAutoIncrementKey<T extends string, C extends string>(
  table: CreateTableBuilder<T, C>,
  column: string,
  dialect: SqlDialect,
): CreateTableBuilder<T, C> {
  return dialect === 'sqlite'
    ? table.addColumn(column, 'integer', (col) => col.primaryKey().autoIncrement())
    : table.addColumn(column, 'bigserial', (col) => col.primaryKey());
}

/**
 * Serialises appends to the change log until the transaction ends, so on PostgreSQL a change
 * becomes visible in `seq` order and a pull never skips one that commits late. SQLite has a
 * single writer already.
 */
export async function lockChangeLog<DB>(db: Kysely<DB>): Promise<void> {
  if (dialectOf(db) !== 'postgres') return;
  await sql`select pg_advisory_xact_lock(hashtext('showroom.changes'))`.execute(db);
}

/** Rows per multi-row INSERT, under both databases' limits on bound parameters. */
export function rowsPerInsert(columnsPerRow: number): number {
  return Math.max(1, Math.floor(30_000 / columnsPerRow));
}
