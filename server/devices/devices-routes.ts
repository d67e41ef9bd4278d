import { randomUUID } from 'node:crypto';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  canSeeStore,
  demoEnrolmentResponseSchema,
  deviceMutationsQuerySchema,
  deviceMutationsResponseSchema,
  devicesQuerySchema,
  devicesResponseSchema,
  enrolmentCodeRequestSchema,
  enrolmentCodeResponseSchema,
  enrolRequestSchema,
  enrolResponseSchema,
  idSchema,
  revokeDeviceRequestSchema,
} from '../../shared';
import { audit } from '../audit/audit-repo';
import { requireUser, signedInUser } from '../auth/require-user';
import { hashToken, newToken } from '../auth/tokens';
import { forbidden, HttpError, notFound } from '../http/http-error';
import { demoStoreId } from '../seed/demo-stores';
import { firstStoreId, storeExists } from '../stores/stores-repo';
import { listRefusedMutations } from '../sync/applied-mutations-repo';
import { findDevice, insertDevice, listDevices } from './devices-repo';
import { enrolmentCodeTtlMs, newEnrolmentCode, normaliseEnrolmentCode } from './enrolment-code';
import { claimEnrolmentCode, findEnrolmentCode, insertEnrolmentCode } from './enrolment-codes-repo';

export interface DevicesRoutesOptions {
  enrolRateLimit: { max: number; timeWindow: number };
  demoEnrolmentRateLimit: { max: number; timeWindow: number };
}

/** Kiosk enrolment (one-time code → device token) and the fleet list. */
export const devicesRoutes: FastifyPluginAsyncZod<DevicesRoutesOptions> = async (app, options) => {
  const mintCode = async (storeId: string, createdBy: string | null) => {
    const now = app.settings.now();
    const code = { code: newEnrolmentCode(), expiresAt: now + enrolmentCodeTtlMs };
    await insertEnrolmentCode(app.db, { ...code, storeId, createdBy, createdAt: now });
    return code;
  };

  app.post(
    '/enrolment-codes',
    {
      onRequest: requireUser,
      schema: { body: enrolmentCodeRequestSchema, response: { 200: enrolmentCodeResponseSchema } },
    },
    async (request) => {
      const user = signedInUser(request);
      const { storeId } = request.body;
      if (user.role === 'clerk' || !canSeeStore(user, storeId)) {
        throw forbidden('Only HQ or this store’s manager can enrol its kiosks');
      }
      if (!(await storeExists(app.db, storeId))) throw notFound('store_not_found', 'No such store');
      const code = await mintCode(storeId, user.id);
      // The code itself is a secret until used: the log says one was made, not which.
      await audit(
        app.db,
        { actorId: user.id, action: 'device.enrolment_code', target: `store:${storeId}`, storeId },
        app.settings.now(),
      );
      return code;
    },
  );

  app.post(
    '/enrol',
    {
      schema: { body: enrolRequestSchema, response: { 200: enrolResponseSchema } },
      config: { rateLimit: options.enrolRateLimit },
    },
    async (request) => {
      const code = normaliseEnrolmentCode(request.body.code);
      const now = app.settings.now();
      const token = newToken();
      const deviceId = randomUUID();
      const storeId = await app.db.transaction().execute(async (trx) => {
        const found = await findEnrolmentCode(trx, code);
        if (!found) {
          throw new HttpError(400, 'invalid_code', 'This enrolment code is unknown', {
            code: ['Unknown code'],
          });
        }
        if (found.used_at !== null) {
          throw new HttpError(409, 'code_used', 'This enrolment code was already used');
        }
        if (found.expires_at <= now) {
          throw new HttpError(400, 'code_expired', 'This enrolment code has expired', {
            code: ['Expired code; ask for a new one'],
          });
        }
        const label = request.body.label || `Kiosk ${deviceId.slice(0, 8)}`;
        await insertDevice(trx, {
          id: deviceId,
          storeId: found.store_id,
          label,
          tokenHash: hashToken(token),
          enrolledAt: now,
        });
        // Lost a race with another kiosk using the same code: throwing rolls the device back.
        if (!(await claimEnrolmentCode(trx, { code, deviceId, now }))) {
          throw new HttpError(409, 'code_used', 'This enrolment code was already used');
        }
        return found.store_id;
      });
      return { deviceId, storeId, token };
    },
  );

  app.get(
    '/demo-enrolment',
    {
      schema: { response: { 200: demoEnrolmentResponseSchema } },
      config: { rateLimit: options.demoEnrolmentRateLimit },
    },
    async () => {
      if (!app.settings.demo) throw notFound('not_found', 'Demo enrolment is off on this server');
      const storeId = (await storeExists(app.db, demoStoreId))
        ? demoStoreId
        : await firstStoreId(app.db);
      if (!storeId) throw notFound('store_not_found', 'The demo has no store yet');
      return mintCode(storeId, null);
    },
  );

  app.get(
    '/',
    {
      onRequest: requireUser,
      schema: { querystring: devicesQuerySchema, response: { 200: devicesResponseSchema } },
    },
    async (request) => {
      const user = signedInUser(request);
      if (user.role === 'clerk') throw forbidden('Only HQ and store managers see kiosks');
      const storeId = request.query.storeId ?? user.storeId ?? undefined;
      if (storeId && !canSeeStore(user, storeId)) throw forbidden();
      return { devices: await listDevices(app.db, storeId) };
    },
  );

  app.post(
    '/:deviceId/revoke',
    {
      onRequest: requireUser,
      schema: { params: z.object({ deviceId: idSchema }), body: revokeDeviceRequestSchema },
    },
    async (request, reply) => {
      const user = signedInUser(request);
      if (user.role === 'clerk') throw forbidden('Only HQ and store managers revoke kiosks');
      const device = await findDevice(app.db, request.params.deviceId);
      if (!device) throw notFound('device_not_found', 'No such kiosk');
      if (!canSeeStore(user, device.store_id)) throw forbidden();
      if (device.revoked_at !== null)
        throw new HttpError(409, 'already_revoked', 'This kiosk was revoked already');
      const now = app.settings.now();
      await app.db.transaction().execute(async (trx) => {
        // Its token stops working at once; its holds go back to the pool.
        await trx
          .updateTable('devices')
          .set({ revoked_at: now })
          .where('id', '=', device.id)
          .where('revoked_at', 'is', null)
          .execute();
        await trx.deleteFrom('number_holds').where('device_id', '=', device.id).execute();
        await audit(
          trx,
          {
            actorId: user.id,
            action: 'device.revoked',
            target: `device:${device.id}`,
            storeId: device.store_id,
            detail: { label: device.label, reason: request.body.reason },
          },
          now,
        );
      });
      return reply.code(204).send();
    },
  );

  app.get(
    '/:deviceId/mutations',
    {
      onRequest: requireUser,
      schema: {
        params: z.object({ deviceId: idSchema }),
        querystring: deviceMutationsQuerySchema,
        response: { 200: deviceMutationsResponseSchema },
      },
    },
    async (request) => {
      const user = signedInUser(request);
      if (user.role === 'clerk') throw forbidden('Only HQ and store managers see kiosks');
      const device = await findDevice(app.db, request.params.deviceId);
      if (!device) throw notFound('device_not_found', 'No such kiosk');
      if (!canSeeStore(user, device.store_id)) throw forbidden();
      const mutations = await listRefusedMutations(app.db, {
        deviceId: device.id,
        status: request.query.status,
        limit: request.query.limit,
      });
      return { mutations };
    },
  );
};
