import 'fake-indexeddb/auto';
import { liveQuery } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Change, Handset } from '../../shared';
import { KioskDatabase, readMeta } from '../../kiosk/db';
import { applyPullPage, resetContent } from '../../kiosk/sync/applyPullPage';
import { showVersion } from '../../kiosk/sync/contentVersions';
import { createMediaStore, houseReel, mediaCacheName } from '../../kiosk/sync/mediaCache';
import { prepareContent } from '../../kiosk/sync/prepareContent';
import { FakeCacheStorage, fakeMediaServer } from './kiosk-fake-caches';
import {
  clerk,
  giftBox,
  handset,
  marker,
  media,
  page,
  plan,
  poolNumber,
  ringback,
  withHash,
  zone,
} from './kiosk-fixtures';

let db: KioskDatabase;
let counter = 0;
let storage: FakeCacheStorage;
let files: Map<string, Uint8Array>;

beforeEach(async () => {
  counter += 1;
  db = new KioskDatabase(`kiosk-versions-test-${counter}`);
  await db.open();
  storage = new FakeCacheStorage();
  files = new Map(houseReel.map((path) => [path, new TextEncoder().encode(`house ${path}`)]));
});
afterEach(async () => {
  await db.delete();
});

function mediaStore(quota?: { usage: number; quota: number }) {
  const server = fakeMediaServer(files);
  const store = createMediaStore({
    caches: storage.asCacheStorage(),
    fetch: server.fetch,
    subtle: crypto.subtle,
    estimate: async () => quota ?? null,
  });
  return { store, requests: server.requests };
}

const handsetN = (n: number): Handset => ({ ...handset, id: `h-${n}`, model: `Model ${n}` });
const putHandset = (seq: number, n: number): Change => ({
  seq,
  entity: 'handset',
  key: `h-${n}`,
  op: 'put',
  data: handsetN(n),
});

describe('content versions', () => {
  it('never shows half a version, even when its changes arrive over several pages', async () => {
    const seen = new Set<number>();
    const subscription = liveQuery(() => db.handsets.count()).subscribe((count) => seen.add(count));
    await applyPullPage(
      db,
      page(
        [1, 2, 3].map((n) => putHandset(n, n)),
        true,
      ),
    );
    expect(await db.handsets.count()).toBe(0);
    await applyPullPage(db, page([putHandset(4, 4), putHandset(5, 5), marker(6, 'v-1')]));
    expect(await db.handsets.count()).toBe(0); // the marker is here; not shown until prepared
    const { store } = mediaStore();
    const prepared = await prepareContent(db, store);
    expect(prepared.shown?.id).toBe('v-1');
    expect(await db.handsets.count()).toBe(5);
    await new Promise((resolve) => setTimeout(resolve, 50));
    subscription.unsubscribe();
    expect([...seen].sort()).toEqual([0, 5]);
    expect(await db.staged.count()).toBe(0);
    expect(await readMeta(db, 'contentVersion')).toMatchObject({ id: 'v-1', seq: 6 });
  });

  it('applies number and stock changes at once while their version waits', async () => {
    await applyPullPage(
      db,
      page([
        putHandset(1, 1),
        {
          seq: 2,
          entity: 'number',
          key: '13000000001',
          op: 'put',
          data: poolNumber('13000000001'),
        },
      ]),
    );
    expect(await db.numbers.count()).toBe(1);
    expect(await db.handsets.count()).toBe(0);
    expect(await readMeta(db, 'cursor')).toBe(2);
  });

  it('stages services and gift boxes with their version, and takes clerk badges at once', async () => {
    await applyPullPage(
      db,
      page([
        { seq: 1, entity: 'service', key: ringback.id, op: 'put', data: ringback },
        { seq: 2, entity: 'bundle', key: giftBox.id, op: 'put', data: giftBox },
        { seq: 3, entity: 'clerk', key: clerk.id, op: 'put', data: clerk },
      ]),
    );
    expect(await db.clerks.where('badge').equals('1024').toArray()).toEqual([clerk]);
    expect(await db.services.count()).toBe(0);
    expect(await db.bundles.count()).toBe(0);

    await applyPullPage(db, page([marker(4, 'v-1')]));
    await showVersion(db, 4);
    expect(await db.services.toArray()).toEqual([ringback]);
    expect(await db.bundles.where('handsetId').equals(handset.id).toArray()).toEqual([giftBox]);

    await applyPullPage(
      db,
      page([
        { seq: 5, entity: 'clerk', key: clerk.id, op: 'delete', data: null },
        { seq: 6, entity: 'bundle', key: giftBox.id, op: 'delete', data: null },
        marker(7, 'v-2'),
      ]),
    );
    expect(await db.clerks.count()).toBe(0);
    await showVersion(db, 7);
    expect(await db.bundles.count()).toBe(0);
    expect(await db.services.count()).toBe(1);
  });

  it('applies tombstones and the later change to a key when the version is shown', async () => {
    await db.handsets.bulkPut([handsetN(1), handsetN(2)]);
    await db.plans.put(plan);
    await applyPullPage(
      db,
      page([
        { seq: 10, entity: 'handset', key: 'h-1', op: 'delete', data: null },
        { seq: 11, entity: 'plan', key: plan.id, op: 'put', data: { ...plan, sort: 9 } },
        { seq: 12, entity: 'handset', key: 'h-2', op: 'delete', data: null },
        { seq: 13, entity: 'handset', key: 'h-2', op: 'put', data: { ...handsetN(2), year: 2012 } },
        { seq: 14, entity: 'zone', key: zone.id, op: 'put', data: zone },
        marker(15, 'v-2'),
      ]),
    );
    expect(await db.handsets.count()).toBe(2);
    await showVersion(db, 15);
    expect((await db.handsets.toArray()).map((h) => [h.id, h.year])).toEqual([['h-2', 2012]]);
    expect((await db.plans.get(plan.id))?.sort).toBe(9);
    expect(await db.zones.get(zone.id)).toEqual(zone);
  });

  it('shows a version only up to its own marker, keeping the next one staged', async () => {
    await applyPullPage(db, page([putHandset(1, 1), marker(2, 'v-1'), putHandset(3, 3)]));
    const { store } = mediaStore();
    await prepareContent(db, store);
    expect((await db.handsets.toArray()).map((h) => h.id)).toEqual(['h-1']);
    expect(await db.staged.count()).toBe(1);
  });

  it('holds a version whose file fails its hash, keeps the shown one, and shows it once fixed', async () => {
    const clip = await withHash(media('/media/new-clip.webm', 'the published clip'));
    await applyPullPage(db, page([putHandset(1, 1), marker(2, 'v-1')]));
    await prepareContent(db, mediaStore().store);

    files.set(clip.path, new TextEncoder().encode('the published clip, tampered'));
    await applyPullPage(db, page([putHandset(3, 3), marker(4, 'v-2', [clip])]));
    const { store, requests } = mediaStore();
    const held = await prepareContent(db, store);
    expect(held.shown?.id).toBe('v-1');
    expect(held.waiting).toEqual({ versionId: 'v-2', ready: 0, total: 1 });
    expect(held.problems).toEqual([expect.objectContaining({ path: clip.path, kind: 'size' })]);
    expect((await db.handsets.toArray()).map((h) => h.id)).toEqual(['h-1']);
    // Whole files only: no Range header, and the worker is bypassed.
    const clipRequest = requests.find((request) => request.path === clip.path);
    expect(clipRequest?.headers.has('range')).toBe(false);
    expect(clipRequest?.headers.get('x-showroom-media-fetch')).toBe('1');

    // Same length, other bytes: the hash catches it.
    files.set(clip.path, new TextEncoder().encode('the published clap'));
    const stillHeld = await prepareContent(db, mediaStore().store);
    expect(stillHeld.problems).toEqual([expect.objectContaining({ kind: 'hash' })]);
    expect(storage.paths(mediaCacheName)).not.toContain(`${clip.path}?sha256=${clip.sha256}`);

    files.set(clip.path, clip.body);
    const shown = await prepareContent(db, mediaStore().store);
    expect(shown).toMatchObject({ shown: { id: 'v-2' }, waiting: null, problems: [] });
    expect((await db.handsets.toArray()).map((h) => h.id)).toEqual(['h-1', 'h-3']);
  });

  it('keeps the media of the shown version and evicts what no version needs', async () => {
    const first = await withHash(media('/media/first.webm', 'first clip'));
    const second = await withHash(media('/media/second.webm', 'second clip'));
    files.set(first.path, first.body);
    files.set(second.path, second.body);
    // Content without media: the attract loop plays the kiosk's own reel, so it is cached.
    await applyPullPage(db, page([putHandset(1, 1), marker(2, 'v-0')]));
    await prepareContent(db, mediaStore().store);
    expect(storage.paths(mediaCacheName)).toEqual([...houseReel].sort());

    await applyPullPage(db, page([marker(3, 'v-1', [first])]));
    await prepareContent(db, mediaStore().store);
    expect(storage.paths(mediaCacheName)).toEqual([`${first.path}?sha256=${first.sha256}`]);

    await applyPullPage(db, page([marker(4, 'v-2', [second])]));
    await prepareContent(db, mediaStore().store);
    expect(storage.paths(mediaCacheName)).toEqual([`${second.path}?sha256=${second.sha256}`]);
  });

  it('skips to the newest whole version when several arrive at once', async () => {
    await applyPullPage(
      db,
      page([putHandset(1, 1), marker(2, 'v-1'), putHandset(3, 3), marker(4, 'v-2')]),
    );
    const prepared = await prepareContent(db, mediaStore().store);
    expect(prepared.shown).toMatchObject({ id: 'v-2', seq: 4 });
    expect(await db.pendingVersions.count()).toBe(0);
    expect(await db.handsets.count()).toBe(2);
  });

  it('lets a version wait when its media would not fit, without touching orders', async () => {
    const big = await withHash(media('/media/big.webm', 'a large clip'));
    files.set(big.path, big.body);
    await applyPullPage(db, page([putHandset(1, 1), marker(2, 'v-1', [big])]));
    await storage.open('showroom-media-v1');
    const full = mediaStore({ usage: 95, quota: 100 });
    const prepared = await prepareContent(db, full.store);
    expect(prepared.shown).toBeNull();
    expect(prepared.problems).toEqual([expect.objectContaining({ path: big.path, kind: 'quota' })]);
    expect(await storage.has('showroom-media-v1')).toBe(false); // the old cache went first
    expect(await db.handsets.count()).toBe(0);
  });

  it('starts from scratch when the kiosk joins another store', async () => {
    await applyPullPage(db, page([putHandset(1, 1), marker(2, 'v-1'), putHandset(3, 3)]));
    await prepareContent(db, mediaStore().store);
    await resetContent(db);
    expect(await readMeta(db, 'contentVersion')).toBeNull();
    expect(await readMeta(db, 'cursor')).toBe(0);
    expect(await db.staged.count()).toBe(0);
    expect(await db.handsets.count()).toBe(0);
  });

  it("forgets the old store's clerks, services and gift boxes too", async () => {
    await db.clerks.put(clerk);
    await db.services.put(ringback);
    await db.bundles.put(giftBox);
    await resetContent(db);
    expect([await db.clerks.count(), await db.services.count(), await db.bundles.count()]).toEqual([
      0, 0, 0,
    ]);
  });
});
