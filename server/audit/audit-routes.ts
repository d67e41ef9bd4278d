import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { auditQuerySchema, auditResponseSchema, canSeeStore } from '../../shared';
import { requireUser, signedInUser } from '../auth/require-user';
import { forbidden } from '../http/http-error';
import { listAudit } from './audit-repo';

/** Who changed what: HQ reads every entry, a manager their store's; clerks none. */
export const auditRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/',
    {
      onRequest: requireUser,
      schema: { querystring: auditQuerySchema, response: { 200: auditResponseSchema } },
    },
    async (request) => {
      const user = signedInUser(request);
      if (user.role === 'clerk') throw forbidden('Clerks do not read the audit log');
      const storeId = request.query.storeId ?? (user.role === 'hq' ? null : user.storeId);
      if (user.role !== 'hq' && storeId === null) throw forbidden();
      if (storeId !== null && !canSeeStore(user, storeId)) throw forbidden();
      return listAudit(app.db, { ...request.query, storeId });
    },
  );
};
