import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  pullQuerySchema,
  pullResponseSchema,
  pushRequestSchema,
  pushResponseSchema,
} from '../../shared';
import { readChanges } from '../content/changes-repo';
import { touchDevice } from '../devices/devices-repo';
import { authenticatedDevice, identifyDevice, requireDevice } from '../devices/require-device';
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
      // The push records the contact in its own transaction (recordDeviceSync); a push that
      // never reached it (a 400, a 5xx) still counts as contact once it is answered.
      onRequest: identifyDevice,
      onResponse: async (request, reply) => {
        if (reply.statusCode !== 200 && request.device)
          await touchDevice(app.db, request.device.id, app.settings.now());
      },
      bodyLimit: options.pushBodyLimit,
      schema: { body: pushRequestSchema, response: { 200: pushResponseSchema } },
      // The answer is built by typed code from validated input; checking up to 500 results
      // against the schema again on the way out cost ingest a few percent for nothing.
      serializerCompiler: () => (data) => JSON.stringify(data),
    },
    async (request) => {
      const device = authenticatedDevice(request);
      return applyPushBatch(app.db, device, request.body, app.settings.now());
    },
  );
};
