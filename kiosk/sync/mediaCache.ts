import { mediaContentTypes, type VersionMedia } from '../../shared';
import { legacyMediaCacheName, mediaCacheKey, mediaCacheName, mediaFetchHeader } from './mediaKeys';

export { mediaCacheName };

/** The kiosk's own attract reel, shipped in public/media/, played until HQ publishes media. */
export const houseReel = ['/media/video-call.webm', '/media/mobile-tv.webm', '/media/maps.webm'];

/** Media may fill the origin's quota up to here; the rest stays free for orders and the outbox. */
export const mediaQuotaShare = 0.9;

export type MediaProblemKind = 'hash' | 'size' | 'http' | 'network' | 'quota';
export interface MediaProblem {
  path: string;
  kind: MediaProblemKind;
  detail: string;
}

export class MediaProblemError extends Error {
  constructor(readonly problem: MediaProblem) {
    super(`${problem.path}: ${problem.kind} (${problem.detail})`);
    this.name = 'MediaProblemError';
  }
}

/** The versioned media cache as the content preparation sees it (a fake in unit tests). */
export interface MediaStore {
  has(item: VersionMedia): Promise<boolean>;
  /** Fetches the whole file (never a range), checks size and sha256, then stores it. */
  fetchVerified(item: VersionMedia, signal?: AbortSignal): Promise<void>;
  /** Deletes every cached file not listed in `keep` (and the house reel, unless kept). */
  evictExcept(keep: readonly VersionMedia[], keepHouseReel?: boolean): Promise<number>;
  /** Whether `bytes` more fit in the media share of the quota, after dropping what is not kept. */
  makeRoomFor(bytes: number, keep: readonly VersionMedia[]): Promise<boolean>;
  /** Puts the house reel in the cache (shipped with the app, so no hash to check). */
  warmHouseReel(signal?: AbortSignal): Promise<void>;
}

export interface MediaStoreDeps {
  caches: CacheStorage;
  fetch: typeof fetch;
  subtle: SubtleCrypto;
  estimate: () => Promise<{ usage?: number; quota?: number } | null>;
}

/** What HQ can upload, and the SVGs the build itself ships (never uploaded: see shared/media.ts). */
const typeByExtension: Record<string, string> = { ...mediaContentTypes, svg: 'image/svg+xml' };

function contentTypeOf(path: string, response: Response): string {
  const extension = path.split('.').pop()?.toLowerCase() ?? '';
  return (
    response.headers.get('content-type') ?? typeByExtension[extension] ?? 'application/octet-stream'
  );
}

export async function sha256Hex(subtle: SubtleCrypto, bytes: ArrayBuffer): Promise<string> {
  const digest = new Uint8Array(await subtle.digest('SHA-256', bytes));
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

function browserDeps(): MediaStoreDeps {
  return {
    caches,
    fetch: (...args) => fetch(...args),
    subtle: crypto.subtle,
    estimate: async () => (navigator.storage?.estimate ? navigator.storage.estimate() : null),
  };
}

export function createMediaStore(deps: MediaStoreDeps = browserDeps()): MediaStore {
  const open = () => deps.caches.open(mediaCacheName);
  const keyOf = (item: VersionMedia) => mediaCacheKey(item.path, item.sha256);
  const houseKeys = new Set(houseReel.map((path) => mediaCacheKey(path, null)));

  /** A whole file, straight from the network: the worker and the HTTP cache are bypassed. */
  async function download(path: string, signal?: AbortSignal): Promise<Response> {
    let response: Response;
    try {
      response = await deps.fetch(path, {
        headers: { [mediaFetchHeader]: '1' },
        cache: 'no-store',
        credentials: 'same-origin',
        signal,
      });
    } catch (error) {
      throw new MediaProblemError({ path, kind: 'network', detail: String(error) });
    }
    // 206 would be a slice: the Cache API refuses it and the hash could not match (workbox#1644).
    if (response.status !== 200) {
      throw new MediaProblemError({ path, kind: 'http', detail: `HTTP ${response.status}` });
    }
    return response;
  }

  async function fits(bytes: number): Promise<boolean> {
    const estimate = await deps.estimate().catch(() => null);
    if (!estimate?.quota || estimate.usage === undefined) return true;
    return estimate.usage + bytes <= estimate.quota * mediaQuotaShare;
  }

  async function evictExcept(keep: readonly VersionMedia[], keepHouseReel = true) {
    const kept = new Set([...keep.map(keyOf), ...(keepHouseReel ? houseKeys : [])]);
    const cache = await open();
    let evicted = 0;
    for (const request of await cache.keys()) {
      const url = new URL(request.url);
      if (kept.has(`${url.pathname}${url.search}`)) continue;
      if (await cache.delete(request)) evicted += 1;
    }
    return evicted;
  }

  return {
    has: async (item) => (await (await open()).match(keyOf(item))) !== undefined,

    fetchVerified: async (item, signal) => {
      const response = await download(item.path, signal);
      let bytes: ArrayBuffer;
      try {
        bytes = await response.arrayBuffer();
      } catch (error) {
        throw new MediaProblemError({ path: item.path, kind: 'network', detail: String(error) });
      }
      if (bytes.byteLength !== item.bytes) {
        const detail = `${bytes.byteLength} bytes, expected ${item.bytes}`;
        throw new MediaProblemError({ path: item.path, kind: 'size', detail });
      }
      const hash = await sha256Hex(deps.subtle, bytes);
      if (hash !== item.sha256) {
        const detail = `sha256 ${hash.slice(0, 12)}…, expected ${item.sha256.slice(0, 12)}…`;
        throw new MediaProblemError({ path: item.path, kind: 'hash', detail });
      }
      const stored = new Response(bytes, {
        status: 200,
        headers: {
          'content-type': contentTypeOf(item.path, response),
          'content-length': String(bytes.byteLength),
        },
      });
      await (await open()).put(keyOf(item), stored);
    },

    evictExcept,

    makeRoomFor: async (bytes, keep) => {
      if (await fits(bytes)) return true;
      // Old versions' media and the cache of schema 1 go first; orders and the outbox never.
      await deps.caches.delete(legacyMediaCacheName);
      await evictExcept(keep);
      return fits(bytes);
    },

    warmHouseReel: async (signal) => {
      const cache = await open();
      for (const path of houseReel) {
        if (await cache.match(path)) continue;
        const response = await download(path, signal);
        await cache.put(path, response);
      }
    },
  };
}

/**
 * Schema 1 cached files by path in `showroom-media-v1`; they move to the new cache under the
 * same path (an upgraded kiosk keeps playing them offline) and the old cache goes.
 */
export async function moveLegacyMediaCache(storage: CacheStorage = caches): Promise<number> {
  if (!(await storage.has(legacyMediaCacheName))) return 0;
  const [legacy, current] = await Promise.all([
    storage.open(legacyMediaCacheName),
    storage.open(mediaCacheName),
  ]);
  let moved = 0;
  for (const request of await legacy.keys()) {
    const response = await legacy.match(request);
    if (!response || (await current.match(request))) continue;
    await current.put(request, response);
    moved += 1;
  }
  await storage.delete(legacyMediaCacheName);
  return moved;
}
