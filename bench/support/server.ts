import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import pg from 'pg';
import { buildApp } from '../../server/app';
import { createDb } from '../../server/db/create-db';
import { migrateToLatest } from '../../server/db/migrate';
import type { Database } from '../../server/db/schema';
import { seedDemo, type DemoSize } from '../../server/seed/seed-demo';

export type DbKind = 'sqlite' | 'postgres';
export const postgresUrl =
  process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
export const benchAdmin = { login: 'hq', password: 'bench-hq-password' };

export interface BenchServer {
  kind: DbKind;
  url: string;
  app: FastifyInstance;
  db: Kysely<Database>;
  close(): Promise<void>;
}

/** The real app on a free port over a fresh database, seeded with a demo of the given size. */
export async function startBenchServer(kind: DbKind, size: DemoSize): Promise<BenchServer> {
  let cleanup: () => Promise<void>;
  let handle;
  if (kind === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'showroom-bench-'));
    handle = await createDb({ sqliteFile: join(dir, 'showroom.sqlite') });
    cleanup = async () => rmSync(dir, { recursive: true, force: true });
  } else {
    const schema = `bench_${randomBytes(6).toString('hex')}`;
    handle = await createDb({ url: postgresUrl, pgSchema: schema });
    cleanup = async () => {
      const client = new pg.Client({ connectionString: postgresUrl });
      await client.connect();
      await client.query(`drop schema if exists ${schema} cascade`);
      await client.end();
    };
  }
  await migrateToLatest(handle.db);
  await seedDemo(handle.db, {
    adminLogin: benchAdmin.login,
    adminPassword: benchAdmin.password,
    size,
  });
  const unlimited = { max: 1_000_000, timeWindow: 60_000 };
  const app = await buildApp({
    db: handle.db,
    dialect: handle.dialect,
    demo: true,
    distDir: join(tmpdir(), 'showroom-no-build'),
    rateLimits: { login: unlimited, enrol: unlimited },
  });
  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  return {
    kind,
    url,
    app,
    db: handle.db,
    close: async () => {
      await app.close();
      await handle.close();
      await cleanup();
    },
  };
}

/** Enrols a device through the real HTTP path and returns its bearer token and store. */
export async function enrolDevice(
  url: string,
): Promise<{ token: string; storeId: string; deviceId: string }> {
  const demo = await fetch(`${url}/api/devices/demo-enrolment`);
  const { code } = (await demo.json()) as { code: string };
  const enrol = await fetch(`${url}/api/devices/enrol`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ code, label: 'bench kiosk' }),
  });
  if (!enrol.ok) throw new Error(`enrol failed: ${enrol.status} ${await enrol.text()}`);
  const body = (await enrol.json()) as { token: string; storeId: string; deviceId: string };
  return body;
}
