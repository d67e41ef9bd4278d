/** The service worker serves /media/ from this cache; the page fills it ahead of use. */
export const mediaCacheName = 'showroom-media-v1';

/** The kiosk's own attract reel, shipped in public/media/, played until HQ publishes media. */
export const houseReel = ['/media/video-call.webm', '/media/mobile-tv.webm', '/media/maps.webm'];

/**
 * Puts whole media files into the cache (a plain GET answers 200; the Cache API refuses the
 * 206 a <video> range request gets, workbox#1644). Files already cached are left alone.
 */
export async function warmMediaCache(paths: readonly string[]): Promise<number> {
  if (typeof caches === 'undefined') return 0;
  const cache = await caches.open(mediaCacheName);
  let added = 0;
  for (const path of new Set(paths)) {
    if (await cache.match(path)) continue;
    try {
      await cache.add(new Request(path, { credentials: 'same-origin' }));
      added += 1;
    } catch (error) {
      console.warn(`[media] could not cache ${path}: ${String(error)}`);
    }
  }
  return added;
}
