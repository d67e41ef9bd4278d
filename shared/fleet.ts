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
});
export type DeviceStatus = z.infer<typeof deviceStatusSchema>;

/** `GET /api/devices?storeId`: HQ any store (all when omitted); a manager their own. */
export const devicesQuerySchema = z.object({ storeId: idSchema.optional() });
export type DevicesQuery = z.infer<typeof devicesQuerySchema>;

export const devicesResponseSchema = z.object({ devices: z.array(deviceStatusSchema) });
export type DevicesResponse = z.infer<typeof devicesResponseSchema>;
