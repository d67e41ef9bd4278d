import { z } from 'zod';
import { deviceSchema } from './people';
import { epochMsSchema, idSchema } from './text';

/** A kiosk as the console's fleet view sees it: enrolment plus what its last heartbeat said. */
export const deviceStatusSchema = deviceSchema.extend({
  appVersion: z.string().nullable(),
  contentCursor: z.number().int().min(0).nullable(),
  outboxDepth: z.number().int().min(0).nullable(),
  storageUsage: z.number().int().min(0).nullable(),
  storageQuota: z.number().int().min(0).nullable(),
  persisted: z.boolean().nullable(),
  /** Server receive time minus the device's send time of its last push (ms). */
  clockOffsetMs: z.number().int().nullable(),
  lastSyncAt: epochMsSchema.nullable(),
  /** Device time of the newest heartbeat. */
  heartbeatAt: epochMsSchema.nullable(),
  /** The newest published content version the kiosk's content cursor has reached. */
  contentVersionId: idSchema.nullable(),
  /** Mutations of this kiosk the server answered `rejected` / `conflict`. */
  rejectedCount: z.number().int().min(0),
  conflictCount: z.number().int().min(0),
});
export type DeviceStatus = z.infer<typeof deviceStatusSchema>;

/** `GET /api/devices?storeId`: HQ any store (all when omitted); a manager their own. */
export const devicesQuerySchema = z.object({ storeId: idSchema.optional() });
export type DevicesQuery = z.infer<typeof devicesQuerySchema>;

export const devicesResponseSchema = z.object({ devices: z.array(deviceStatusSchema) });
export type DevicesResponse = z.infer<typeof devicesResponseSchema>;

export const refusedStatusSchema = z.enum(['rejected', 'conflict']);

/** `GET /api/devices/:deviceId/mutations?status&limit`: HQ any kiosk, a manager their store's. */
export const deviceMutationsQuerySchema = z.object({
  status: refusedStatusSchema.optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
export type DeviceMutationsQuery = z.infer<typeof deviceMutationsQuerySchema>;

/** A mutation the server refused, without its payload (which may hold personal data). */
export const deviceMutationSchema = z.object({
  id: z.uuid(),
  type: z.string(),
  status: refusedStatusSchema,
  /** The reason, with long digit runs (phone or ID numbers) masked. */
  reason: z.string().nullable(),
  /** How many replacement numbers a number conflict offered. */
  alternatives: z.number().int().min(0),
  deviceCreatedAt: epochMsSchema,
  receivedAt: epochMsSchema,
});
export type DeviceMutation = z.infer<typeof deviceMutationSchema>;

export const deviceMutationsResponseSchema = z.object({
  mutations: z.array(deviceMutationSchema),
});
export type DeviceMutationsResponse = z.infer<typeof deviceMutationsResponseSchema>;

/** `POST /api/devices/:id/revoke`: a lost, stolen or retired kiosk; why, for the log. */
export const revokeDeviceRequestSchema = z.object({
  reason: z.string().trim().min(1, 'Say why').max(200),
});
