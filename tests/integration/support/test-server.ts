import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import pg from 'pg';
import { buildApp, type AppOptions } from '../../../server/app';
import { createDb } from '../../../server/db/create-db';
import { migrateToLatest } from '../../../server/db/migrate';
import type { Database } from '../../../server/db/schema';
import { seedDemo, type DemoSummary } from '../../../server/seed/seed-demo';

export type DbKind = 'sqlite' | 'postgres';
export const dbKinds: DbKind[] = ['sqlite', 'postgres'];

/** The suite runs against this PostgreSQL; unreachable means the run fails, never skips. */
export const postgresUrl =
  process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export const admin = { login: 'hq', password: 'showroom-hq' };

/** A small demo: the same shape as `npm start`, quick to seed before every file. */
export const smallDemo = {
  handsets: 40,
  numbersPerStore: 30,
  stockPerStore: 20,
  orders: 60,
  days: 30,
};

export interface TestServer {
  kind: DbKind;
  url: string;
  app: FastifyInstance;
  db: Kysely<Database>;
  demo: DemoSummary;
  /**
   * A second connection to the same database, as another server process would have one
   * (PostgreSQL: its own pool; SQLite: the same handle, since one process owns the file).
   */
  otherProcessDb(): Promise<Kysely<Database>>;
  close(): Promise<void>;
}

/**
 * Starts the real app on a free port over a fresh database: a temporary SQLite file, or a
 * new random schema in PostgreSQL (dropped again by `close`).
 */
export async function startTestServer(
  kind: DbKind,
  options: {
    rateLimits?: AppOptions['rateLimits'];
    demo?: boolean;
    seed?: boolean;
    distDir?: string;
    mediaRoots?: string[];
    /** Uploads go to `<uploadRoot>/media`; default: a fresh temporary folder. */
    uploadRoot?: string;
    mediaBodyLimit?: number;
    now?: () => number;
    /** The instant the demo is seeded as of (default: now); a fixed one gives a fixed demo. */
    seedAt?: number;
    publishIntervalMs?: number;
  } = {},
): Promise<TestServer> {
  let cleanup: () => Promise<void>;
  let handle;
  let openOther: () => Promise<{ db: Kysely<Database>; close(): Promise<void> } | null>;
  if (kind === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'showroom-it-'));
    handle = await createDb({ sqliteFile: join(dir, 'showroom.sqlite') });
    cleanup = async () => rmSync(dir, { recursive: true, force: true });
    openOther = async () => null;
  } else {
    const schema = `it_${randomBytes(6).toString('hex')}`;
    try {
      handle = await createDb({ url: postgresUrl, pgSchema: schema });
    } catch (error) {
      throw new Error(
        `PostgreSQL at ${postgresUrl} is unreachable (${(error as Error).message}); ` +
          'the integration suite needs it and does not skip',
      );
    }
    cleanup = () => dropSchema(schema);
    openOther = () => createDb({ url: postgresUrl, pgSchema: schema });
  }
  const { db, dialect } = handle;
  await migrateToLatest(db);
  const demo =
    options.seed === false
      ? { stores: 0, handsets: 0, numbers: 0, orders: 0, logins: [] }
      : await seedDemo(db, {
          adminLogin: admin.login,
          adminPassword: admin.password,
          size: smallDemo,
          mediaRoots: options.mediaRoots,
          now: options.seedAt,
        });
  const uploadRoot = options.uploadRoot ?? mkdtempSync(join(tmpdir(), 'showroom-uploads-'));
  const generous = { max: 10_000, timeWindow: 60_000 };
  const app = await buildApp({
    db,
    dialect,
    demo: options.demo ?? true,
    distDir: options.distDir ?? join(tmpdir(), 'showroom-no-build'),
    rateLimits: options.rateLimits ?? { login: generous, enrol: generous, demoEnrolment: generous },
    mediaRoots: options.mediaRoots,
    uploadRoot,
    mediaBodyLimit: options.mediaBodyLimit,
    now: options.now,
    publishIntervalMs: options.publishIntervalMs,
  });
  const others: { close(): Promise<void> }[] = [];
  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  return {
    kind,
    url,
    app,
    db,
    demo,
    otherProcessDb: async () => {
      const other = await openOther();
      if (!other) return db;
      others.push(other);
      return other.db;
    },
    close: async () => {
      await app.close();
      for (const other of others) await other.close();
      await handle.close();
      await cleanup();
      if (!options.uploadRoot) rmSync(uploadRoot, { recursive: true, force: true });
    },
  };
}

async function dropSchema(schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: postgresUrl });
  await client.connect();
  try {
    await client.query(`drop schema if exists ${schema} cascade`);
  } finally {
    await client.end();
  }
}
