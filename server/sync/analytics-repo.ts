import type { AnalyticsEvent } from '../../shared';
import type { Db } from '../db/schema';

export async function insertAnalyticsEvent(
  db: Db,
  event: AnalyticsEvent & {
    deviceId: string;
    storeId: string;
    deviceCreatedAt: number;
    receivedAt: number;
  },
): Promise<void> {
  await db
    .insertInto('analytics_events')
    .values({
      device_id: event.deviceId,
      store_id: event.storeId,
      name: event.name,
      zone_id: event.zoneId,
      experience_id: event.experienceId,
      detail: event.detail,
      device_created_at: event.deviceCreatedAt,
      received_at: event.receivedAt,
    })
    .execute();
}
