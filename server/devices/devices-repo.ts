import type { DeviceStatus, Heartbeat } from '../../shared';
import type { DeviceRow, Db } from '../db/schema';

export function deviceStatusFromRow(row: DeviceRow): DeviceStatus {
  return {
    id: row.id,
    storeId: row.store_id,
    label: row.label,
    enrolledAt: row.enrolled_at,
    revokedAt: row.revoked_at,
    lastSeenAt: row.last_seen_at,
    appVersion: row.app_version,
    contentCursor: row.content_cursor,
    outboxDepth: row.outbox_depth,
    storageUsage: row.storage_usage,
    storageQuota: row.storage_quota,
    persisted: row.persisted === null ? null : row.persisted === 1,
    clockOffsetMs: row.clock_offset_ms,
    lastSyncAt: row.last_sync_at,
    heartbeatAt: row.heartbeat_at,
  };
}

export async function insertDevice(
  db: Db,
  device: { id: string; storeId: string; label: string; tokenHash: string; enrolledAt: number },
): Promise<void> {
  await db
    .insertInto('devices')
    .values({
      id: device.id,
      store_id: device.storeId,
      label: device.label,
      token_hash: device.tokenHash,
      enrolled_at: device.enrolledAt,
    })
    .execute();
}

/** The enrolled, unrevoked device holding this token; undefined for anything else. */
export async function findActiveDevice(db: Db, tokenHash: string) {
  return db
    .selectFrom('devices')
    .select(['id', 'store_id'])
    .where('token_hash', '=', tokenHash)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
}

export async function touchDevice(db: Db, deviceId: string, now: number): Promise<void> {
  await db.updateTable('devices').set({ last_seen_at: now }).where('id', '=', deviceId).execute();
}

export async function recordClockOffset(db: Db, deviceId: string, offsetMs: number): Promise<void> {
  await db
    .updateTable('devices')
    .set({ clock_offset_ms: offsetMs })
    .where('id', '=', deviceId)
    .execute();
}

/** Applies a heartbeat unless a newer one (by device time) already arrived. */
export async function recordHeartbeat(
  db: Db,
  deviceId: string,
  heartbeat: Heartbeat,
  deviceTime: number,
): Promise<void> {
  await db
    .updateTable('devices')
    .set({
      app_version: heartbeat.appVersion,
      content_cursor: heartbeat.contentCursor,
      outbox_depth: heartbeat.outboxDepth,
      last_sync_at: heartbeat.lastSyncAt,
      storage_usage: heartbeat.storageUsage,
      storage_quota: heartbeat.storageQuota,
      persisted: heartbeat.persisted === null ? null : heartbeat.persisted ? 1 : 0,
      heartbeat_at: deviceTime,
    })
    .where('id', '=', deviceId)
    .where((eb) => eb.or([eb('heartbeat_at', 'is', null), eb('heartbeat_at', '<=', deviceTime)]))
    .execute();
}

export async function listDevices(db: Db, storeId: string | undefined): Promise<DeviceStatus[]> {
  let query = db.selectFrom('devices').selectAll().orderBy('store_id').orderBy('enrolled_at');
  if (storeId) query = query.where('store_id', '=', storeId);
  return (await query.execute()).map(deviceStatusFromRow);
}
