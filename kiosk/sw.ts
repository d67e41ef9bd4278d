/// <reference lib="webworker" />
import { clientsClaim } from 'workbox-core';
import {
  cleanupOutdatedCaches,
  createHandlerBoundToURL,
  precacheAndRoute,
  type PrecacheEntry,
} from 'workbox-precaching';
import { RangeRequestsPlugin } from 'workbox-range-requests';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { CacheFirst } from 'workbox-strategies';
import { kioskDatabaseName } from './dbName';
import { openKioskDatabase, readShownMedia } from './pwa/shownMedia';
import { mediaCacheKey, mediaCacheName, mediaFetchHeader } from './sync/mediaKeys';

declare let self: ServiceWorkerGlobalScope & { __WB_MANIFEST: (PrecacheEntry | string)[] };

// The app shell: /kiosk/index.html and every asset it loads, listed at build time.
precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();

// A reload (or any navigation under /kiosk/) works offline: answer with the precached shell.
registerRoute(
  new NavigationRoute(createHandlerBoundToURL('/kiosk/index.html'), {
    allowlist: [/^\/kiosk\//],
    denylist: [/^\/api\//],
  }),
);

let kioskDb: Promise<IDBDatabase | null> | null = null;
async function shownMedia(): Promise<Map<string, string>> {
  kioskDb ??= openKioskDatabase(kioskDatabaseName);
  const db = await kioskDb;
  if (!db) {
    kioskDb = null; // not there yet: look again next time
    return new Map();
  }
  try {
    return await readShownMedia(db);
  } catch {
    kioskDb = null; // closed for an upgrade
    return new Map();
  }
}

/**
 * Media: the page puts whole files, checked by hash, into the versioned media cache ahead of
 * use (sync/mediaCache.ts); this route answers from it, slicing <video> range requests into
 * 206s (the Cache API refuses to store a 206, workbox#1644). A file of the version on screen
 * is looked up by its hash, so a newer version's file under the same path never shows early;
 * the worker never writes to the cache itself (an unchecked file must not get in).
 */
const shownVersionKey = {
  cacheKeyWillBeUsed: async ({ request }: { request: Request }) => {
    const url = new URL(request.url);
    const sha256 = (await shownMedia()).get(url.pathname) ?? null;
    const key = new URL(mediaCacheKey(url.pathname, sha256), url.origin);
    // Keep the headers: the range plugin reads `Range` from the request it is handed.
    return new Request(key.href, { headers: request.headers });
  },
  cacheWillUpdate: async () => null,
};

// /api/ is never cached: no route matches it, so it always goes to the network.
registerRoute(
  ({ url, request }) =>
    url.origin === self.location.origin &&
    url.pathname.startsWith('/media/') &&
    request.method === 'GET' &&
    !request.headers.has(mediaFetchHeader),
  new CacheFirst({
    cacheName: mediaCacheName,
    plugins: [shownVersionKey, new RangeRequestsPlugin()],
  }),
);

// A new version waits until the page says the kiosk is in its attract loop (never mid-session).
self.addEventListener('message', (event) => {
  if ((event.data as { type?: string } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});

clientsClaim();
