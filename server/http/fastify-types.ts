import type { Kysely } from 'kysely';
import type { ActiveSession } from '../auth/sessions-repo';
import type { Database } from '../db/schema';
import type { SqlDialect } from '../db/dialect';

/** What every route can reach through `app` and `request`. */
export interface AppSettings {
  demo: boolean;
  version: string;
  /** A console session ends this long after sign-in, however busy (one shift). */
  sessionTtlMs: number;
  /** …and earlier when nobody used it for this long (a counter PC left signed in). */
  sessionIdleMs: number;
  now(): number;
}

export interface AuthenticatedDevice {
  id: string;
  storeId: string;
  /** The device's clock offset as last estimated (null before its first push with `sentAt`). */
  clockOffsetMs: number | null;
}

declare module 'fastify' {
  interface FastifyInstance {
    db: Kysely<Database>;
    dialect: SqlDialect;
    settings: AppSettings;
    /** Every `/api/` route as registered, e.g. `POST /api/users`: what the authorisation matrix covers. */
    apiRoutes: readonly string[];
  }
  interface FastifyRequest {
    /** Set by `requireUser` on console routes. */
    session: ActiveSession | null;
    /** Set by `requireDevice` on kiosk routes. */
    device: AuthenticatedDevice | null;
  }
}
