import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { storesResponseSchema } from '../../shared';
import { requireUser, signedInUser } from '../auth/require-user';
import { listStores } from './stores-repo';

/** HQ sees every store; a manager or clerk sees their own. */
export const storesRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/',
    { onRequest: requireUser, schema: { response: { 200: storesResponseSchema } } },
    async (request) => {
      const user = signedInUser(request);
      if (user.role === 'hq') return { stores: await listStores(app.db) };
      return { stores: user.storeId ? await listStores(app.db, user.storeId) : [] };
    },
  );
};
