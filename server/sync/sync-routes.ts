import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  pullQuerySchema,
  pullResponseSchema,
  pushRequestSchema,
  pushResponseSchema,
} from '../../shared';
import { readChanges } from '../content/changes-repo';
import { authenticatedDevice, requireDevice } from '../devices/require-device';
import { applyPushBatch } from './apply-push';

/** The kiosk's two sync calls, both with its bearer token. */
export const syncRoutes: FastifyPluginAsyncZod<{ pushBodyLimit: number }> = async (
  app,
  options,
) => {
  app.get(
    '/pull',
    {
      onRequest: requireDevice,
      schema: { querystring: pullQuerySchema, response: { 200: pullResponseSchema } },
    },
    async (request) => {
      const device = authenticatedDevice(request);
      return readChanges(app.db, { ...request.query, storeId: device.storeId });
    },
  );

  app.post(
    '/push',
    {
      onRequest: requireDevice,
      bodyLimit: options.pushBodyLimit,
      schema: { body: pushRequestSchema, response: { 200: pushResponseSchema } },
    },
    async (request) => {
      const device = authenticatedDevice(request);
      return applyPushBatch(app.db, device, request.body, app.settings.now());
    },
  );
};
