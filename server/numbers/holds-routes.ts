import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { numberHoldSchema, phoneNumberSchema } from '../../shared';
import { authenticatedDevice, requireDevice } from '../devices/require-device';
import { HttpError, notFound } from '../http/http-error';
import { releaseHold, takeHold } from './holds-repo';

const holdParamsSchema = z.object({ number: phoneNumberSchema });

/** A kiosk's lease on a number of its own store while a customer checks out with it. */
export const holdsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/:number/hold',
    {
      onRequest: requireDevice,
      schema: { params: holdParamsSchema, response: { 200: numberHoldSchema } },
    },
    async (request) => {
      const device = authenticatedDevice(request);
      const { number } = request.params;
      const hold = await takeHold(app.db, {
        number,
        storeId: device.storeId,
        deviceId: device.id,
        now: app.settings.now(),
      });
      switch (hold) {
        case 'notInStore':
          throw notFound('numberNotInStore', `${number} is not in this store's pool`);
        case 'unavailable':
          throw new HttpError(409, 'numberUnavailable', `${number} is sold or withdrawn`);
        case 'held':
          throw new HttpError(409, 'numberHeld', `Another kiosk holds ${number} right now`);
        default:
          return hold;
      }
    },
  );

  app.delete(
    '/:number/hold',
    { onRequest: requireDevice, schema: { params: holdParamsSchema } },
    async (request, reply) => {
      const device = authenticatedDevice(request);
      await releaseHold(app.db, request.params.number, device.id);
      return reply.code(204).send();
    },
  );
};
