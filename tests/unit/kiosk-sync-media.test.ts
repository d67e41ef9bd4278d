import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { KioskDatabase, writeMeta } from '../../kiosk/db';
import { openKioskDatabase, readShownMedia } from '../../kiosk/pwa/shownMedia';
import { mediaCacheName, moveLegacyMediaCache } from '../../kiosk/sync/mediaCache';
import { mediaCacheKey } from '../../kiosk/sync/mediaKeys';
import { FakeCacheStorage } from './kiosk-fake-caches';

const sha = (c: string) => c.repeat(64);
let names: string[] = [];
afterEach(async () => {
  await Promise.all(
    names.map(
      (name) =>
        new Promise((resolve) => {
          const request = indexedDB.deleteDatabase(name);
          request.onsuccess = request.onerror = resolve;
        }),
    ),
  );
  names = [];
});

describe('what the service worker serves', () => {
  it('maps each path of the shown version to its hash-keyed file, the rest to the path', async () => {
    names.push('kiosk-sw-test-1');
    const db = new KioskDatabase('kiosk-sw-test-1');
    await writeMeta(db, 'contentVersion', {
      id: 'v-1',
      publishedAt: 1,
      note: '',
      media: [{ path: '/media/a.webm', sha256: sha('a'), bytes: 3 }],
      storeIds: null,
      seq: 4,
      shownAt: 5,
    });
    db.close();
    const raw = await openKioskDatabase('kiosk-sw-test-1');
    expect(raw).not.toBeNull();
    const shown = await readShownMedia(raw!);
    raw!.close();
    expect(shown).toEqual(new Map([['/media/a.webm', sha('a')]]));
    expect(mediaCacheKey('/media/a.webm', shown.get('/media/a.webm') ?? null)).toBe(
      `/media/a.webm?sha256=${sha('a')}`,
    );
    expect(mediaCacheKey('/media/maps.webm', shown.get('/media/maps.webm') ?? null)).toBe(
      '/media/maps.webm',
    );
  });

  it('never creates the kiosk database itself when the page has not yet', async () => {
    expect(await openKioskDatabase('kiosk-sw-test-missing')).toBeNull();
    const existing = (await indexedDB.databases()).map((info) => info.name);
    expect(existing).not.toContain('kiosk-sw-test-missing');
  });
});

describe('the media cache of schema 1', () => {
  it('moves its files under their paths into the versioned cache and goes', async () => {
    const storage = new FakeCacheStorage();
    const legacy = await storage.open('showroom-media-v1');
    await legacy.put('/media/maps.webm', new Response('old maps', { status: 200 }));
    expect(await moveLegacyMediaCache(storage.asCacheStorage())).toBe(1);
    expect(await storage.has('showroom-media-v1')).toBe(false);
    expect(storage.paths(mediaCacheName)).toEqual(['/media/maps.webm']);
    expect(await moveLegacyMediaCache(storage.asCacheStorage())).toBe(0);
  });
});
