import { buildApp } from './app';
import { ConfigError, loadConfig, type Config } from './config';
import { republishChangedMedia } from './content/publish-version';
import { defaultMediaRoots } from './content/version-media';
import { createDb, type DbHandle } from './db/create-db';
import { migrateToLatest } from './db/migrate';
import { startBanner } from './seed/demo-banner';
import { ensureFirstAdmin } from './seed/first-admin';
import { isDatabaseEmpty, seedDemo } from './seed/seed-demo';

/** The only place that listens: config → database → migrations → demo seed → HTTP. */
async function main(): Promise<void> {
  const config = loadConfigOrExit();
  const handle = await openDatabaseOrExit(config);
  try {
    await migrateToLatest(handle.db);
  } catch (error) {
    console.error((error as Error).message);
    await handle.close();
    process.exit(1);
  }

  if (config.demo && config.admin && (await isDatabaseEmpty(handle.db))) {
    const started = Date.now();
    const summary = await seedDemo(handle.db, {
      adminLogin: config.admin.login,
      adminPassword: config.admin.password,
    });
    console.log(
      `Seeded the demo in ${Date.now() - started} ms: ${summary.stores} stores, ` +
        `${summary.handsets} handsets, ${summary.numbers} numbers, ${summary.orders} orders`,
    );
  } else if (config.admin && (await ensureFirstAdmin(handle.db, config.admin, Date.now()))) {
    console.log(`Created the first HQ user "${config.admin.login}"`);
  }

  const republished = await republishChangedMedia(handle.db, Date.now(), {
    mediaRoots: [config.dataDir, ...defaultMediaRoots()],
    warn: (message) => console.warn(message),
  });
  if (republished) console.log(`Media files changed: published content version ${republished}`);

  const app = await buildApp({
    db: handle.db,
    dialect: handle.dialect,
    demo: config.demo,
    logger: { level: config.logLevel },
    trustProxy: config.trustProxy,
    uploadRoot: config.dataDir,
  });
  await app.listen({ host: '0.0.0.0', port: config.port });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  console.log(startBanner(config, handle.dialect, port));

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: finishing open requests and closing the database`);
    try {
      await app.close();
      await handle.close();
      process.exit(0);
    } catch (error) {
      console.error('Unclean shutdown:', (error as Error).message);
      process.exit(1);
    }
  };
  process.once('SIGTERM', () => void stop('SIGTERM'));
  process.once('SIGINT', () => void stop('SIGINT'));
}

function loadConfigOrExit(): Config {
  try {
    return loadConfig(process.env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}

async function openDatabaseOrExit(config: Config): Promise<DbHandle> {
  try {
    return await createDb({
      url: config.databaseUrl,
      pgSchema: config.pgSchema,
      sqliteFile: config.sqliteFile,
    });
  } catch (error) {
    const where = config.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : config.sqliteFile;
    console.error(`Cannot open the database at ${where}: ${(error as Error).message}`);
    process.exit(1);
  }
}

main().catch((error: unknown) => {
  console.error('Showroom failed to start:', error instanceof Error ? error.message : error);
  process.exit(1);
});
