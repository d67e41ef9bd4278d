import type { FastifyRequest } from 'fastify';
import { hashToken } from '../auth/tokens';
import type { AuthenticatedDevice } from '../http/fastify-types';
import { unauthorized } from '../http/http-error';
import { findActiveDevice, touchDevice } from './devices-repo';

/**
 * onRequest hook of kiosk routes: `Authorization: Bearer <device token>` of an enrolled,
 * unrevoked device, or 401. Every authenticated call counts as the device being seen.
 */
export async function requireDevice(request: FastifyRequest): Promise<void> {
  await identifyDevice(request);
  const { db, settings } = request.server;
  if (request.device) await touchDevice(db, request.device.id, settings.now());
}

/**
 * `requireDevice` for a route that records the contact itself inside its own transaction
 * (the push): on SQLite a separate touch would cost a second commit, and fsync, per push.
 */
export async function identifyDevice(request: FastifyRequest): Promise<void> {
  const match = /^Bearer ([A-Za-z0-9_-]{20,200})$/.exec(request.headers.authorization ?? '');
  if (!match?.[1]) throw unauthorized('This kiosk is not enrolled');
  const row = await findActiveDevice(request.server.db, hashToken(match[1]));
  if (!row) throw unauthorized('This kiosk is not enrolled or was revoked');
  request.device = { id: row.id, storeId: row.store_id, clockOffsetMs: row.clock_offset_ms };
}

export function authenticatedDevice(request: FastifyRequest): AuthenticatedDevice {
  if (!request.device) throw new Error('authenticatedDevice() on a route without requireDevice');
  return request.device;
}
