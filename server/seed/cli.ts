import { ConfigError, demoAdmin, loadConfig } from '../config';
import { createDb } from '../db/create-db';
import { migrateToLatest } from '../db/migrate';
import { isDatabaseEmpty, seedDemo } from './seed-demo';

/** `npm run seed`: migrates and seeds the demo into an EMPTY database, nothing else. */
async function seed(): Promise<number> {
  const config = loadConfig(process.env);
  const handle = await createDb({ url: config.databaseUrl, sqliteFile: config.sqliteFile });
  try {
    await migrateToLatest(handle.db);
    if (!(await isDatabaseEmpty(handle.db))) {
      const where = config.databaseUrl ? 'the DATABASE_URL database' : config.sqliteFile;
      console.error(`Not seeding: ${where} already holds data. Start from an empty database.`);
      return 1;
    }
    const admin = config.admin ?? demoAdmin;
    const started = Date.now();
    const summary = await seedDemo(handle.db, {
      adminLogin: admin.login,
      adminPassword: admin.password,
    });
    console.log(
      `Seeded in ${Date.now() - started} ms: ${summary.stores} stores, ${summary.handsets} handsets, ` +
        `${summary.numbers} numbers, ${summary.orders} orders.`,
    );
    console.log(`HQ login: ${admin.login} / ${admin.password}`);
    return 0;
  } finally {
    await handle.close();
  }
}

seed().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(
      error instanceof ConfigError ? error.message : `Seeding failed: ${(error as Error).message}`,
    );
    process.exit(1);
  },
);
