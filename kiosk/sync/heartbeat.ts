import { heartbeatSchema, type Heartbeat } from '../../shared';
import { readMeta, type KioskDatabase } from '../db';

export interface DeviceFacts {
  appVersion: string;
  storageUsage: number | null;
  storageQuota: number | null;
  persisted: boolean | null;
}

/** What the browser can tell about this device's storage; every part may be unknown. */
export async function readDeviceFacts(appVersion: string): Promise<DeviceFacts> {
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
  const [estimate, persisted] = await Promise.all([
    storage?.estimate ? storage.estimate().catch(() => null) : null,
    storage?.persisted ? storage.persisted().catch(() => null) : null,
  ]);
  return {
    appVersion,
    storageUsage: estimate?.usage !== undefined ? Math.round(estimate.usage) : null,
    storageQuota: estimate?.quota !== undefined ? Math.round(estimate.quota) : null,
    persisted,
  };
}

/**
 * Queues a heartbeat through the outbox. A heartbeat is a state, not a history: a newer one
 * replaces any still waiting, so a kiosk offline for a week sends one, not two thousand.
 */
export async function queueHeartbeat(
  db: KioskDatabase,
  facts: DeviceFacts,
  now: number = Date.now(),
): Promise<Heartbeat | null> {
  if (!(await readMeta(db, 'identity'))) return null;
  return db.transaction('rw', db.meta, db.outbox, async () => {
    const stale = await db.outbox.where('type').equals('heartbeat').primaryKeys();
    await db.outbox.bulkDelete(stale);
    const lastPullAt = await readMeta(db, 'lastPullAt');
    const shown = await readMeta(db, 'contentVersion');
    const heartbeat = heartbeatSchema.parse({
      ...facts,
      // The marker of the version on screen, not the pull cursor: the console names the
      // version a kiosk shows, and one still waiting for its media is not shown yet.
      contentCursor: shown?.seq ?? 0,
      outboxDepth: await db.outbox.count(),
      lastSyncAt: lastPullAt,
    });
    await db.outbox.add({
      id: crypto.randomUUID(),
      type: 'heartbeat',
      payload: heartbeat,
      createdAt: now,
      attempts: 0,
      lastError: null,
    });
    return heartbeat;
  });
}
