import { liveQuery } from 'dexie';
import { fromCallback, fromPromise } from 'xstate';
import { database } from '../app/database';
import { readMeta, type DeviceIdentity, type KioskDatabase } from '../db';
import { createKioskApi, type KioskApi } from './api';
import { applyPullPage } from './applyPullPage';
import { enrolAutomatically, enrolWithCode } from './enrolment';
import { queueHeartbeat, readDeviceFacts } from './heartbeat';
import { houseReel, warmMediaCache } from './mediaCache';
import { pushOutboxBatch, type PushBatchOutcome } from './pushOutbox';
import { holdWebLock } from './webLock';

/** How many changes one pull asks for; the contract allows up to 1,000. */
export const pullPageSize = 500;
export const syncLockName = 'showroom-sync';

export interface StoredSyncState {
  identity: DeviceIdentity | null;
  cursor: number;
  lastSyncAt: number | null;
}

export interface PulledPage {
  cursor: number;
  more: boolean;
}

export type SyncEventFromActors =
  | { type: 'lock.acquired' }
  | { type: 'connectivity.changed'; online: boolean }
  | { type: 'outbox.changed'; depth: number; queuedOrders: number };

const appVersion = typeof __APP_VERSION__ === 'string' ? __APP_VERSION__ : 'dev';

/** The real effects of the sync machine: IndexedDB through `db`, the server through `api`. */
export function createSyncActors(db: KioskDatabase, api: KioskApi) {
  return {
    loadState: fromPromise<StoredSyncState>(async () => ({
      identity: await readMeta(db, 'identity'),
      cursor: (await readMeta(db, 'cursor')) ?? 0,
      lastSyncAt: await readMeta(db, 'lastPullAt'),
    })),
    enrolAutomatically: fromPromise<DeviceIdentity>(() => enrolAutomatically(db, api)),
    enrolWithCode: fromPromise<DeviceIdentity, { code: string }>(({ input }) =>
      enrolWithCode(db, api, input.code),
    ),
    holdSyncLock: fromCallback<SyncEventFromActors>(({ sendBack }) =>
      holdWebLock(syncLockName, () => sendBack({ type: 'lock.acquired' })),
    ),
    pullPage: fromPromise<PulledPage, { token: string; cursor: number }>(async ({ input }) => {
      const page = await api.pull(input.token, input.cursor, pullPageSize);
      await applyPullPage(db, page);
      return { cursor: page.cursor, more: page.more };
    }),
    warmMedia: fromPromise<number>(async () => {
      const experiences = await db.experiences.toArray();
      const published = experiences.flatMap((experience) => experience.media ?? []);
      return warmMediaCache(published.length > 0 ? published : houseReel);
    }),
    pushBatch: fromPromise<PushBatchOutcome, { token: string }>(({ input }) =>
      pushOutboxBatch(db, (request) => api.push(input.token, request)),
    ),
    queueHeartbeat: fromPromise<unknown>(async () =>
      queueHeartbeat(db, await readDeviceFacts(appVersion)),
    ),
    watchConnectivity: fromCallback<SyncEventFromActors>(({ sendBack }) => {
      if (typeof window === 'undefined') return undefined;
      const report = () => sendBack({ type: 'connectivity.changed', online: navigator.onLine });
      window.addEventListener('online', report);
      window.addEventListener('offline', report);
      report();
      return () => {
        window.removeEventListener('online', report);
        window.removeEventListener('offline', report);
      };
    }),
    watchOutbox: fromCallback<SyncEventFromActors>(({ sendBack }) => {
      const subscription = liveQuery(async () => ({
        depth: await db.outbox.count(),
        queuedOrders: await db.outbox.where('type').equals('order.place').count(),
      })).subscribe({
        next: ({ depth, queuedOrders }) =>
          sendBack({ type: 'outbox.changed', depth, queuedOrders }),
        error: (error) => console.warn(`[sync] outbox watch failed: ${String(error)}`),
      });
      return () => subscription.unsubscribe();
    }),
  };
}

export type SyncActors = ReturnType<typeof createSyncActors>;

export const liveSyncActors: SyncActors = createSyncActors(database, createKioskApi());
