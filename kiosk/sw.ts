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
import { mediaCacheName } from './sync/mediaCache';

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

// Media: whole files are put into the cache ahead of use by the page (sync/mediaCache.ts);
// <video> range requests are then answered from them as 206 slices. /api/ is never cached:
// no route matches it, so it always goes to the network.
registerRoute(
  ({ url, request }) =>
    url.origin === self.location.origin &&
    url.pathname.startsWith('/media/') &&
    request.method === 'GET',
  new CacheFirst({ cacheName: mediaCacheName, plugins: [new RangeRequestsPlugin()] }),
);

// A new version waits until the page says the kiosk is in its attract loop (never mid-session).
self.addEventListener('message', (event) => {
  if ((event.data as { type?: string } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});

clientsClaim();
