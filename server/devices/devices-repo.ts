import { sql } from 'kysely';
import type { DeviceStatus, Heartbeat } from '../../shared';
import type { DeviceRow, Db } from '../db/schema';

/** What the console adds to a device's own row: its refused mutations and content version. */
export interface DeviceExtras {
  contentVersionId: string | null;
  rejectedCount: number;
  conflictCount: number;
}

const noExtras: DeviceExtras = { contentVersionId: null, rejectedCount: 0, conflictCount: 0 };

export function deviceStatusFromRow(row: DeviceRow, extras: DeviceExtras = noExtras): DeviceStatus {
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
    ...extras,
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
    .select(['id', 'store_id', 'clock_offset_ms'])
    .where('token_hash', '=', tokenHash)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
}

export async function touchDevice(db: Db, deviceId: string, now: number): Promise<void> {
  await db.updateTable('devices').set({ last_seen_at: now }).where('id', '=', deviceId).execute();
}

/**
 * A push seen: last contact, and the clock offset estimated from its `sentAt` (kept as it was
 * when the push carried none). Part of the push's own transaction: one commit per push.
 */
export async function recordDeviceSync(
  db: Db,
  deviceId: string,
  sync: { seenAt: number; measuredOffset: number | null },
): Promise<void> {
  await db
    .updateTable('devices')
    .set(
      sync.measuredOffset === null
        ? { last_seen_at: sync.seenAt }
        : { last_seen_at: sync.seenAt, clock_offset_ms: sync.measuredOffset },
    )
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
  const rows = await query.execute();
  if (rows.length === 0) return [];
  const refused = await refusedCounts(db, storeId);
  const versions = await publishedMarkers(db);
  return rows.map((row) =>
    deviceStatusFromRow(row, {
      contentVersionId: versionAtCursor(versions, row.store_id, row.content_cursor),
      rejectedCount: refused.get(`${row.id}:rejected`) ?? 0,
      conflictCount: refused.get(`${row.id}:conflict`) ?? 0,
    }),
  );
}

export async function findDevice(db: Db, deviceId: string) {
  return db
    .selectFrom('devices')
    .select(['id', 'store_id', 'label', 'revoked_at'])
    .where('id', '=', deviceId)
    .executeTakeFirst();
}

/** `<deviceId>:<status>` → how many of its mutations were refused so (partial index). */
async function refusedCounts(db: Db, storeId: string | undefined): Promise<Map<string, number>> {
  let query = db
    .selectFrom('applied_mutations')
    .select((eb) => ['device_id', 'status', eb.fn.countAll<number>().as('count')])
    .where(sql<boolean>`status in ('rejected', 'conflict')`)
    .groupBy(['device_id', 'status']);
  if (storeId) {
    query = query.where('device_id', 'in', (eb) =>
      eb.selectFrom('devices').select('id').where('store_id', '=', storeId),
    );
  }
  const counts = new Map<string, number>();
  for (const row of await query.execute()) {
    counts.set(`${row.device_id}:${row.status}`, Number(row.count));
  }
  return counts;
}

interface PublishedMarker {
  id: string;
  markerSeq: number;
  storeIds: string[] | null;
}

async function publishedMarkers(db: Db): Promise<PublishedMarker[]> {
  const rows = await db
    .selectFrom('content_versions')
    .select(['id', 'marker_seq', 'store_ids'])
    .where('status', '=', 'published')
    .where('marker_seq', 'is not', null)
    .orderBy('marker_seq', 'desc')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    markerSeq: row.marker_seq ?? 0,
    storeIds: row.store_ids === null ? null : (JSON.parse(row.store_ids) as string[]),
  }));
}

/**
 * The newest version a kiosk of `storeId` holds complete: its cursor reached the version's
 * marker. A version sent to several stores has its markers side by side at the end, so the
 * first marker's seq stands for all of them (content-versions decision).
 */
function versionAtCursor(
  markers: readonly PublishedMarker[],
  storeId: string,
  cursor: number | null,
): string | null {
  if (cursor === null) return null;
  const reached = markers.find(
    (marker) =>
      marker.markerSeq <= cursor && (marker.storeIds === null || marker.storeIds.includes(storeId)),
  );
  return reached?.id ?? null;
}
