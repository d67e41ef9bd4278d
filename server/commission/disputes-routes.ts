import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  answerDisputeRequestSchema,
  disputeParamsSchema,
  disputeSchema,
  disputesQuerySchema,
  disputesResponseSchema,
  openDisputeRequestSchema,
} from '../../shared';
import { requireUser, signedInUser } from '../auth/require-user';
import { forbidden } from '../http/http-error';
import { answerDispute, listDisputes, openDispute } from './disputes-repo';

/** onRequest, after requireUser: clerks never answer (403 before the body is read). */
async function requireAnswerer(request: FastifyRequest): Promise<void> {
  if (signedInUser(request).role === 'clerk') {
    throw forbidden('The store’s manager or HQ answers a dispute');
  }
}

/**
 * `/api/commission/disputes`: a clerk disputes their own line; the store's manager or HQ
 * answers. Lists: a clerk sees their own, a manager their store's, HQ any store's.
 */
export const commissionDisputesRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/disputes',
    {
      onRequest: requireUser,
      schema: { querystring: disputesQuerySchema, response: { 200: disputesResponseSchema } },
    },
    async (request) => {
      const user = signedInUser(request);
      const { storeId, status } = request.query;
      if (user.role !== 'hq' && storeId !== undefined && storeId !== user.storeId) {
        throw forbidden();
      }
      const scope =
        user.role === 'clerk'
          ? { clerkId: user.id }
          : user.role === 'manager'
            ? { storeId: user.storeId ?? '' }
            : { storeId };
      return { disputes: await listDisputes(app.db, { ...scope, status }) };
    },
  );

  app.post(
    '/disputes',
    {
      onRequest: requireUser,
      schema: { body: openDisputeRequestSchema, response: { 201: disputeSchema } },
    },
    async (request, reply) => {
      const user = signedInUser(request);
      const dispute = await openDispute(app.db, user, request.body, app.settings.now());
      return reply.code(201).send(dispute);
    },
  );

  app.post(
    '/disputes/:id/answer',
    {
      onRequest: [requireUser, requireAnswerer],
      schema: {
        params: disputeParamsSchema,
        body: answerDisputeRequestSchema,
        response: { 200: disputeSchema },
      },
    },
    async (request) => {
      const user = signedInUser(request);
      return answerDispute(app.db, user, request.params.id, request.body, app.settings.now());
    },
  );
};
