import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  closedPeriodSchema,
  commissionPeriodParamsSchema,
  commissionPeriodsResponseSchema,
  periodRecomputeSchema,
} from '../../shared';
import { requireUser, signedInUser } from '../auth/require-user';
import { forbidden } from '../http/http-error';
import { closePeriod, listClosedPeriods } from './periods-repo';
import { recomputePeriod } from './recompute-period';

/** onRequest, after requireUser: only HQ closes or recomputes a month (403 before the params). */
async function requireHq(request: FastifyRequest): Promise<void> {
  if (signedInUser(request).role !== 'hq') {
    throw forbidden('Only HQ closes or recomputes a commission month');
  }
}

/**
 * `/api/commission/periods`: the closed months, for every member of staff (a statement says
 * whether its month is closed); HQ closes a month that has ended, once
 * (docs/decisions/0009-closing-a-commission-month.md), and recomputes any month to check its
 * figures against the rules (read only).
 */
export const commissionPeriodsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/periods',
    { onRequest: requireUser, schema: { response: { 200: commissionPeriodsResponseSchema } } },
    async () => ({ periods: await listClosedPeriods(app.db) }),
  );

  app.post(
    '/periods/:period/close',
    {
      onRequest: [requireUser, requireHq],
      schema: { params: commissionPeriodParamsSchema, response: { 200: closedPeriodSchema } },
    },
    async (request) =>
      closePeriod(app.db, signedInUser(request), request.params.period, app.settings.now()),
  );

  app.get(
    '/periods/:period/recompute',
    {
      onRequest: [requireUser, requireHq],
      schema: { params: commissionPeriodParamsSchema, response: { 200: periodRecomputeSchema } },
    },
    async (request) => recomputePeriod(app.db, request.params.period),
  );
};
