import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  canSeeStore,
  commissionStatementQuerySchema,
  commissionStatementSchema,
} from '../../shared';
import { requireUser, signedInUser } from '../auth/require-user';
import { forbidden, HttpError, notFound } from '../http/http-error';
import { readStatement } from './statement-repo';

/**
 * `GET /api/commission/statement?period=YYYY-MM&clerkId=…`: a clerk reads only their own
 * (clerkId may be left out), a manager the people of their store, HQ anyone's.
 */
export const commissionRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/statement',
    {
      onRequest: requireUser,
      schema: {
        querystring: commissionStatementQuerySchema,
        response: { 200: commissionStatementSchema },
      },
    },
    async (request) => {
      const user = signedInUser(request);
      const { period } = request.query;
      const clerkId = request.query.clerkId ?? (user.role === 'hq' ? undefined : user.id);
      if (!clerkId) {
        throw new HttpError(400, 'invalid_query', 'Some values are not valid', {
          clerkId: ['Say whose statement'],
        });
      }
      if (user.role === 'clerk' && clerkId !== user.id) throw forbidden();
      const person = await app.db
        .selectFrom('users')
        .select(['id', 'display_name', 'store_id'])
        .where('id', '=', clerkId)
        .executeTakeFirst();
      const visible = person?.store_id ? canSeeStore(user, person.store_id) : false;
      if (!person || !visible) {
        if (user.role === 'hq') throw notFound('clerk_not_found', 'No clerk has this id');
        throw forbidden();
      }
      return readStatement(
        app.db,
        { id: person.id, displayName: person.display_name, storeId: person.store_id },
        period,
      );
    },
  );
};
