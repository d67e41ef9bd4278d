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
 * single writer already. The key names the schema, so servers on other schemas of the same
 * database never wait on each other.
 */
export async function lockChangeLog<DB>(db: Kysely<DB>): Promise<void> {
  if (dialectOf(db) !== 'postgres') return;
  await sql`select pg_advisory_xact_lock(hashtext(current_schema() || '.changes'))`.execute(db);
}

/**
 * Closing a commission month and writing ledger lines exclude each other on PostgreSQL: a
 * writer holds this lock shared from just before it reads the closed months until it commits,
 * a close holds it exclusive. So a close waits for writers in flight, and a writer that starts
 * reading after a close waits for it to commit and then (READ COMMITTED: each statement reads
 * afresh) sees the month closed. Writers do not wait on each other. SQLite has one writer.
 */
export async function lockCommissionPeriods<DB>(
  db: Kysely<DB>,
  mode: 'ledger' | 'close',
): Promise<void> {
  if (dialectOf(db) !== 'postgres') return;
  const key = sql`hashtext(current_schema() || '.commission_periods')`;
  if (mode === 'close') await sql`select pg_advisory_xact_lock(${key})`.execute(db);
  else await sql`select pg_advisory_xact_lock_shared(${key})`.execute(db);
}

/** Rows per multi-row INSERT, under both databases' limits on bound parameters. */
export function rowsPerInsert(columnsPerRow: number): number {
  return Math.max(1, Math.floor(30_000 / columnsPerRow));
}

/**
 * A write that failed because another transaction got there first: a unique key taken (PG
 * 23505, SQLite's constraint codes), a deadlock or serialisation failure (PG 40P01, 40001),
 * or a busy SQLite file. The whole transaction may be run again on fresh reads.
 */
export function isWriteConflict(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return (
    code === '23505' ||
    code === '40P01' ||
    code === '40001' ||
    code === 'SQLITE_CONSTRAINT_PRIMARYKEY' ||
    code === 'SQLITE_CONSTRAINT_UNIQUE' ||
    code === 'SQLITE_BUSY'
  );
}
