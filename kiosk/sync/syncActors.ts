import { liveQuery } from 'dexie';
import { fromCallback, fromPromise } from 'xstate';
import { database } from '../app/database';
import { readMeta, requestPersistentStorage, type DeviceIdentity, type KioskDatabase } from '../db';
import { createKioskApi, type KioskApi } from './api';
import { applyPullPage } from './applyPullPage';
import { enrolAutomatically, enrolWithCode } from './enrolment';
import { queueHeartbeat, readDeviceFacts } from './heartbeat';
import { createMediaStore, moveLegacyMediaCache, type MediaStore } from './mediaCache';
import { createPagePrefetch } from './pagePrefetch';
import { prepareContent, type MediaProgress, type PreparedContent } from './prepareContent';
import { pushOutboxBatches, type PushBatchOutcome } from './pushOutbox';
import { holdSyncLock } from './syncLock';

/** How many changes one pull asks for: the contract's most, so a catch-up takes few pages. */
export const pullPageSize = 1000;

export interface StoredSyncState {
  identity: DeviceIdentity | null;
  cursor: number;
  lastSyncAt: number | null;
}

export interface PulledPage {
  cursor: number;
  more: boolean;
  /** Version markers on the page: a version may now be complete. */
  markers: number;
}

export type SyncEventFromActors =
  | { type: 'lock.acquired' }
  | { type: 'connectivity.changed'; online: boolean }
  | { type: 'outbox.changed'; depth: number; queuedOrders: number }
  | { type: 'content.progress'; progress: MediaProgress }
  | { type: 'content.prepared'; result: PreparedContent }
  | { type: 'content.failed'; message: string };

const appVersion = typeof __APP_VERSION__ === 'string' ? __APP_VERSION__ : 'dev';

/** The real effects of the sync machine: IndexedDB through `db`, the server through `api`. */
export function createSyncActors(
  db: KioskDatabase,
  api: KioskApi,
  media: () => MediaStore = createMediaStore,
) {
  const pages = createPagePrefetch((token, cursor, signal) =>
    api.pull(token, cursor, pullPageSize, signal),
  );
  return {
    loadState: fromPromise<StoredSyncState>(async () => {
      // Queued orders live in IndexedDB: ask the browser never to evict it (OCA/pos#172).
      void requestPersistentStorage();
      return {
        identity: await readMeta(db, 'identity'),
        cursor: (await readMeta(db, 'cursor')) ?? 0,
        lastSyncAt: await readMeta(db, 'lastPullAt'),
      };
    }),
    enrolAutomatically: fromPromise<DeviceIdentity>(() => enrolAutomatically(db, api)),
    enrolWithCode: fromPromise<DeviceIdentity, { code: string }>(({ input }) =>
      enrolWithCode(db, api, input.code),
    ),
    holdSyncLock: fromCallback<SyncEventFromActors>(({ sendBack }) =>
      holdSyncLock(db, () => sendBack({ type: 'lock.acquired' })),
    ),
    pullPage: fromPromise<PulledPage, { token: string; cursor: number }>(
      async ({ input, signal }) => {
        const page = await pages.take(input.token, input.cursor, signal);
        if (page.more) pages.startNext(input.token, page.cursor);
        const { markers } = await applyPullPage(db, page);
        return { cursor: page.cursor, more: page.more, markers };
      },
    ),
    pushBatch: fromPromise<PushBatchOutcome, { token: string }>(({ input, signal }) =>
      pushOutboxBatches(db, (request) => api.push(input.token, request, signal)),
    ),
    prepareContent: fromCallback<SyncEventFromActors>(({ sendBack }) => {
      const controller = new AbortController();
      const run = async () => {
        if (typeof caches === 'undefined') throw new Error('This browser has no Cache API');
        await moveLegacyMediaCache();
        return prepareContent(db, media(), {
          signal: controller.signal,
          onProgress: (progress) => sendBack({ type: 'content.progress', progress }),
        });
      };
      run().then(
        (result) => sendBack({ type: 'content.prepared', result }),
        (error: unknown) => {
          if (!controller.signal.aborted) {
            sendBack({ type: 'content.failed', message: String(error) });
          }
        },
      );
      return () => controller.abort();
    }),
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
