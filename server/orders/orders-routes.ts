import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { canSeeStore, orderListQuerySchema, ordersResponseSchema } from '../../shared';
import { requireUser, signedInUser } from '../auth/require-user';
import { forbidden, HttpError } from '../http/http-error';
import { orderLifeRoutes } from './order-life-routes';
import { decodeOrderCursor } from './order-cursor';
import { listOrders } from './orders-repo';

/** The console's order list: HQ any store (all when no storeId), others their own store. */
export const ordersRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/',
    {
      onRequest: requireUser,
      schema: { querystring: orderListQuerySchema, response: { 200: ordersResponseSchema } },
    },
    async (request) => {
      const user = signedInUser(request);
      const { storeId: requested, status, from, to, cursor, limit } = request.query;
      const storeId = requested ?? (user.role === 'hq' ? undefined : (user.storeId ?? undefined));
      if (user.role !== 'hq' && (!storeId || !canSeeStore(user, storeId))) throw forbidden();
      const after = cursor === undefined ? undefined : decodeOrderCursor(cursor);
      if (cursor !== undefined && !after) {
        throw new HttpError(400, 'invalid_query', 'Some values are not valid', {
          cursor: ['Not a cursor this server gave out'],
        });
      }
      return listOrders(app.db, { storeId, status, from, to, after, limit });
    },
  );
  await app.register(orderLifeRoutes);
};
