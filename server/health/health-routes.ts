import { sql } from 'kysely';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { healthResponseSchema } from '../../shared';

/** Liveness and the database behind it; a load balancer takes a 503 as "not this one". */
export const healthRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/',
    { schema: { response: { 200: healthResponseSchema, 503: healthResponseSchema } } },
    async (request, reply) => {
      let ok = true;
      try {
        await sql`select 1`.execute(app.db);
      } catch (error) {
        ok = false;
        request.log.error({ err: { message: (error as Error).message } }, 'database unreachable');
      }
      return reply
        .code(ok ? 200 : 503)
        .send({ ok, db: app.dialect, version: app.settings.version });
    },
  );
};
