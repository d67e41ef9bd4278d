import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import type { Plan } from '../shared';
import { buildApp } from '../server/app';
import { createDb } from '../server/db/create-db';
import { migrateToLatest } from '../server/db/migrate';
import type { Database } from '../server/db/schema';
import { demoPlans } from '../server/seed/demo-plans';
import { seedDemo } from '../server/seed/seed-demo';

export interface KioskBenchServer {
  url: string;
  app: FastifyInstance;
  db: Kysely<Database>;
  close(): Promise<void>;
}

const root = resolve(import.meta.dirname, '..');
const admin = { login: 'hq', password: 'bench-hq-password' };

/** 40 more plans on top of the demo's ten: the catalogue has 50. */
function extraPlans(count: number): Plan[] {
  return Array.from({ length: count }, (_, i) => {
    const model = demoPlans[i % demoPlans.length]!;
    return {
      ...model,
      id: `bench-plan-${i + 1}`,
      name: { zh: `${model.name.zh} 套餐 ${i + 1}`, en: `${model.name.en} option ${i + 1}` },
      sort: 100 + i,
    };
  });
}

/**
 * The real app, serving the built kiosk from dist/, over a fresh SQLite database seeded with
 * the catalogue: 1,000 handsets, 50 plans (40 of them published through
 * `POST /api/content/versions`, as HQ would), 20,000 numbers in each store's pool.
 */
export async function startKioskBenchServer(): Promise<KioskBenchServer> {
  const dir = mkdtempSync(join(tmpdir(), 'showroom-kiosk-bench-'));
  const handle = await createDb({ sqliteFile: join(dir, 'showroom.sqlite') });
  await migrateToLatest(handle.db);
  await seedDemo(handle.db, {
    adminLogin: admin.login,
    adminPassword: admin.password,
    size: { handsets: 1000, numbersPerStore: 20_000, stockPerStore: 250, orders: 100, days: 30 },
  });
  const unlimited = { max: 1_000_000, timeWindow: 60_000 };
  const app = await buildApp({
    db: handle.db,
    dialect: handle.dialect,
    demo: true,
    distDir: join(root, 'dist'),
    rateLimits: { login: unlimited, enrol: unlimited, demoEnrolment: unlimited },
  });
  const url = await app.listen({ host: '127.0.0.1', port: 0 });

  const login = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(admin),
  });
  const cookie = login.headers.get('set-cookie')?.split(';')[0] ?? '';
  const publish = await fetch(`${url}/api/content/versions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({
      note: 'Bench: forty more plans',
      storeIds: null,
      changes: extraPlans(40).map((plan) => ({
        entity: 'plan',
        key: plan.id,
        op: 'put',
        data: plan,
      })),
    }),
  });
  if (!publish.ok) throw new Error(`publish failed: ${publish.status} ${await publish.text()}`);

  return {
    url,
    app,
    db: handle.db,
    close: async () => {
      await app.close();
      await handle.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
