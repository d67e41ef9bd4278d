/**
 * Names shared by the page (which fills the media cache) and the service worker (which serves
 * from it). Kept free of imports so the worker bundle stays small.
 */

/** The versioned media cache: whole files, each checked by hash before it is put here. */
export const mediaCacheName = 'showroom-media-v2';
/** The cache of schema 1 (files by path, no hash): moved into the new one, then deleted. */
export const legacyMediaCacheName = 'showroom-media-v1';
/** A page request carrying this header goes to the network, never to the media cache. */
export const mediaFetchHeader = 'x-showroom-media-fetch';

/**
 * Where a file lives in the media cache. A published file is keyed by its hash, so a new
 * version can bring a new file under an old path while the old one stays on screen; a file
 * of the kiosk's own (the house reel) is keyed by its path.
 */
export function mediaCacheKey(path: string, sha256: string | null): string {
  return sha256 ? `${path}?sha256=${sha256}` : path;
}
