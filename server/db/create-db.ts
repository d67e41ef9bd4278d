import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import type { Database } from './schema';
import type { SqlDialect } from './dialect';

export interface DbOptions {
  /** postgres://… selects PostgreSQL; otherwise SQLite at `sqliteFile`. */
  url?: string;
  sqliteFile?: string;
  /** PostgreSQL only: schema to work in (created when missing), e.g. a fresh one per test run. */
  pgSchema?: string;
}

export interface DbHandle {
  db: Kysely<Database>;
  dialect: SqlDialect;
  close(): Promise<void>;
}

const int8Oid = 20;

/** bigint columns (money, epoch ms, counts) come back as numbers: they stay far below 2^53. */
const pgTypes = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === int8Oid && format !== 'binary'
      ? (value: string) => Number(value)
      : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

export async function createDb(options: DbOptions): Promise<DbHandle> {
  if (options.url && /^postgres(ql)?:\/\//.test(options.url))
    return createPostgres(options.url, options.pgSchema);
  if (options.url) throw new Error('DATABASE_URL must start with postgres:// or postgresql://');
  if (!options.sqliteFile) throw new Error('createDb needs a DATABASE_URL or a SQLite file');
  return createSqlite(options.sqliteFile);
}

function createSqlite(file: string): DbHandle {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const sqlite = new SqliteDatabase(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  // 64 MiB of page cache (the default is 2 MiB): a push writes orders, their events and the
  // mutation records, three tables keyed by random UUIDs whose index pages must stay in memory.
  sqlite.pragma('cache_size = -65536');
  // synchronous stays FULL: a push acknowledged to a kiosk must survive a power cut.
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
  return { db, dialect: 'sqlite', close: () => db.destroy() };
}

async function createPostgres(url: string, schema: string | undefined): Promise<DbHandle> {
  if (schema !== undefined && !/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) {
    throw new Error(`Invalid PostgreSQL schema name "${schema}"`);
  }
  const pool = new pg.Pool({
    connectionString: url,
    types: pgTypes,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  // Without a listener an idle client's network error would crash the process.
  pool.on('error', (error) => console.error('PostgreSQL pool error:', error.message));
  try {
    if (schema) await pool.query(`create schema if not exists ${schema}`);
    else await pool.query('select 1');
  } catch (error) {
    await pool.end();
    throw error;
  }
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return { db, dialect: 'postgres', close: () => db.destroy() };
}
