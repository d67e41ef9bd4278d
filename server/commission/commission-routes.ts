import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  canSeeStore,
  commissionStatementQuerySchema,
  commissionStatementSchema,
  commissionSummaryQuerySchema,
  commissionSummarySchema,
} from '../../shared';
import { requireUser, signedInUser } from '../auth/require-user';
import { forbidden, HttpError, notFound } from '../http/http-error';
import { commissionDisputesRoutes } from './disputes-routes';
import { commissionPeriodsRoutes } from './periods-routes';
import { commissionRulesRoutes } from './rules-routes';
import { readStatement } from './statement-repo';
import { readStoreSummary } from './summary-repo';

/**
 * `GET /api/commission/statement?period=YYYY-MM&clerkId=…`: a clerk reads only their own
 * (clerkId may be left out), a manager the people of their store, HQ anyone's.
 * `GET /api/commission/summary?period&storeId`: a store's clerks and their month's totals,
 * for its manager and HQ. Rules, disputes and closed months have their own files.
 */
export const commissionRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(commissionRulesRoutes);
  await app.register(commissionDisputesRoutes);
  await app.register(commissionPeriodsRoutes);

  app.get(
    '/summary',
    {
      onRequest: requireUser,
      schema: {
        querystring: commissionSummaryQuerySchema,
        response: { 200: commissionSummarySchema },
      },
    },
    async (request) => {
      const user = signedInUser(request);
      if (user.role === 'clerk') throw forbidden('Clerks read their own statement only');
      const storeId = request.query.storeId ?? user.storeId;
      if (!storeId) {
        throw new HttpError(400, 'invalid_query', 'Some values are not valid', {
          storeId: ['Say which store'],
        });
      }
      if (!canSeeStore(user, storeId)) throw forbidden();
      return readStoreSummary(app.db, storeId, request.query.period);
    },
  );

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
