import { fileURLToPath } from 'node:url';
import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import {
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { authRoutes } from './auth/auth-routes';
import { commissionRoutes } from './commission/commission-routes';
import { ensureUploadFolder } from './content/media-library';
import { mediaRoutes } from './content/media-routes';
import { defaultMediaRoots } from './content/version-media';
import { startVersionScheduler } from './content/version-scheduler';
import { versionsRoutes } from './content/versions-routes';
import type { SqlDialect } from './db/dialect';
import type { Database } from './db/schema';
import { devicesRoutes } from './devices/devices-routes';
import { followApiRoutes, followPageRoutes } from './follow/follow-routes';
import { healthRoutes } from './health/health-routes';
import { installErrorHandler, installNotFoundHandler } from './http/error-handler';
import { installJsonBodyParser } from './http/json-body';
import { infoRoutes } from './info/info-routes';
import './http/fastify-types';
import { registerSecurityHeaders } from './http/security';
import { appPageFor, registerStaticFiles } from './http/static-files';
import { holdsRoutes } from './numbers/holds-routes';
import { numbersRoutes } from './numbers/numbers-routes';
import { ordersRoutes } from './orders/orders-routes';
import { reportsRoutes } from './reports/reports-routes';
import { storesRoutes } from './stores/stores-routes';
import { syncRoutes } from './sync/sync-routes';
import { maxImportCsvBytes } from '../shared';
import { packageVersion } from './version';
import { auditRoutes } from './audit/audit-routes';
import { usersRoutes } from './users/users-routes';

export interface RateLimit {
  max: number;
  timeWindow: number;
}

export interface AppOptions {
  db: Kysely<Database>;
  dialect: SqlDialect;
  demo: boolean;
  /** Pino options or false; the server prints its own start banner. */
  logger?: FastifyServerOptions['logger'];
  /** Where the Vite build lives; default `<repo>/dist`. */
  distDir?: string;
  /** Per client IP. The counters live in the process: a brake on guessing, not state. */
  rateLimits?: { login?: RateLimit; enrol?: RateLimit; demoEnrolment?: RateLimit };
  trustProxy?: boolean;
  now?: () => number;
  /** Where `/media/…` files are hashed for content versions; default: distDir, then public/. */
  mediaRoots?: string[];
  /**
   * HQ's uploads go to `<uploadRoot>/media/` (main.ts: DATA_DIR), looked up and served before
   * `mediaRoots`. Without it media cannot be uploaded.
   */
  uploadRoot?: string;
  /** The largest media file HQ may upload; default 64 MiB. */
  mediaBodyLimit?: number;
  /** How often scheduled content versions are checked for being due; 0 turns it off. */
  publishIntervalMs?: number;
  /** A console session left unused this long ends; default 30 minutes. */
  sessionIdleMs?: number;
}

const minute = 60_000;
/** A push batch or a content version; every other body stays under 64 KiB. */
const largeBodyLimit = 4 * 1024 * 1024;
/** A number file of `maxImportCsvBytes` characters, escaped as a JSON string, with room. */
const importBodyLimit = 2 * maxImportCsvBytes + 64 * 1024;
const defaultDistDir = fileURLToPath(new URL('../dist', import.meta.url));

/** Builds the whole HTTP app without listening: main.ts listens, tests may use inject or listen. */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    trustProxy: options.trustProxy ?? false,
    bodyLimit: 64 * 1024,
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorate('db', options.db);
  app.decorate('dialect', options.dialect);
  app.decorate('settings', {
    demo: options.demo,
    version: packageVersion(),
    sessionTtlMs: 12 * 60 * minute,
    sessionIdleMs: options.sessionIdleMs ?? 30 * minute,
    now: options.now ?? Date.now,
  });
  const apiRoutes: string[] = [];
  app.decorate('apiRoutes', apiRoutes);
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/')) return;
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) if (method !== 'HEAD') apiRoutes.push(`${method} ${route.url}`);
  });
  app.decorateRequest('session', null);
  app.decorateRequest('device', null);
  installErrorHandler(app);
  // JSON with __proto__ or constructor.prototype keys is refused outright (400).
  installJsonBodyParser(app);
  // API answers are personal or live: never stored by a browser, proxy or service worker cache.
  app.addHook('onSend', async (request, reply) => {
    if (request.url.startsWith('/api/')) reply.header('Cache-Control', 'no-store');
  });

  await registerSecurityHeaders(app);
  await app.register(cookie);
  await app.register(rateLimit, { global: false });

  const limits = {
    login: options.rateLimits?.login ?? { max: 10, timeWindow: minute },
    enrol: options.rateLimits?.enrol ?? { max: 20, timeWindow: minute },
    demoEnrolment: options.rateLimits?.demoEnrolment ?? { max: 60, timeWindow: minute },
  };
  await app.register(healthRoutes, { prefix: '/api/health' });
  await app.register(authRoutes, { prefix: '/api/auth', loginRateLimit: limits.login });
  await app.register(devicesRoutes, {
    prefix: '/api/devices',
    enrolRateLimit: limits.enrol,
    demoEnrolmentRateLimit: limits.demoEnrolment,
  });
  await app.register(syncRoutes, { prefix: '/api/sync', pushBodyLimit: largeBodyLimit });
  await app.register(ordersRoutes, { prefix: '/api/orders' });
  await app.register(storesRoutes, { prefix: '/api/stores' });
  await app.register(reportsRoutes, { prefix: '/api/reports' });
  await app.register(usersRoutes, { prefix: '/api/users' });
  await app.register(auditRoutes, { prefix: '/api/audit' });
  await app.register(holdsRoutes, { prefix: '/api/numbers' });
  await app.register(numbersRoutes, { prefix: '/api/numbers', importBodyLimit });
  await app.register(infoRoutes, { prefix: '/info' });
  await app.register(followPageRoutes, { prefix: '/t' });
  await app.register(followApiRoutes, { prefix: '/api/follow' });
  await app.register(commissionRoutes, { prefix: '/api/commission' });

  const distDir = options.distDir ?? defaultDistDir;
  const uploadRoot = options.uploadRoot;
  const uploadMediaDir = uploadRoot ? await ensureUploadFolder(uploadRoot) : undefined;
  const mediaRoots = [
    ...(uploadRoot ? [uploadRoot] : []),
    ...(options.mediaRoots ?? defaultMediaRoots(distDir)),
  ];
  if (uploadRoot) {
    await app.register(mediaRoutes, {
      prefix: '/api/content',
      mediaRoots,
      uploadRoot,
      bodyLimit: options.mediaBodyLimit ?? 64 * 1024 * 1024,
    });
  }
  await app.register(versionsRoutes, {
    prefix: '/api/content',
    mediaRoots,
    bodyLimit: largeBodyLimit,
  });
  const publishIntervalMs = options.publishIntervalMs ?? 5_000;
  if (publishIntervalMs > 0)
    startVersionScheduler(app, { intervalMs: publishIntervalMs, mediaRoots });

  await registerStaticFiles(app, distDir, uploadMediaDir);
  installNotFoundHandler(app, (method, path) => appPageFor(distDir, method, path));
  return app;
}
