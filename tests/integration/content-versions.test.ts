import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentVersionSchema, referencesTo, type Change, type ContentChange } from '../../shared';
import { readCatalogue } from '../../server/content/catalogue-read';
import { publishDueVersions, republishChangedMedia } from '../../server/content/publish-version';
import { demoVersionId } from '../../server/seed/seed-demo';
import {
  experienceIds,
  experienceOf,
  handsetOf,
  handsetPut,
  lastSeq,
  makeMediaRoot,
  pullAll,
} from './support/content-fixtures';
import { honestDraft, orderMutation } from './support/fixtures';
import { call, enrolKiosk, signIn, type EnrolledKiosk } from './support/http-client';
import { dbKinds, startTestServer, type TestServer } from './support/test-server';

const hour = 3_600_000;

describe.each(dbKinds)('publishing content versions on %s', (kind) => {
  const media = makeMediaRoot();
  let server: TestServer;
  let hq: string;
  let xidan: EnrolledKiosk;
  let chunxi: EnrolledKiosk;
  beforeAll(async () => {
    server = await startTestServer(kind, { mediaRoots: [media.root], publishIntervalMs: 0 });
    hq = await signIn(server.url, 'hq', 'showroom-hq');
    xidan = await enrolKiosk(server.url, hq, 'bj-xidan');
    chunxi = await enrolKiosk(server.url, hq, 'cd-chunxi');
  });
  afterAll(async () => {
    await server?.close();
    media.remove();
  });

  const publish = (body: unknown) =>
    call(server.url, '/api/content/versions', { cookie: hq, body });
  const options = () => ({ mediaRoots: [media.root] });
  const nthHandsetId = async (n: number) => {
    const rows = await server.db.selectFrom('handsets').select('id').orderBy('id').execute();
    return rows[n]!.id;
  };

  it('ends the seeded content with a complete version a new kiosk sees last', async () => {
    const changes = await pullAll(server.url, xidan.token);
    const last = changes.at(-1);
    expect(last).toMatchObject({ entity: 'version', key: demoVersionId, op: 'put' });
    const marker = contentVersionSchema.parse(last?.data);
    expect(marker.storeIds).toBeNull();
    // Every seeded clip there is a file for, with its size and hash; none that has no file.
    const seeded = await server.db
      .selectFrom('experiences')
      .select('media')
      .where('media', 'is not', null)
      .execute();
    const withFiles = [...new Set(seeded.map((row) => row.media ?? ''))]
      .filter((path) => media.has(path))
      .sort();
    expect(withFiles.length).toBeGreaterThan(0);
    expect(marker.media).toEqual(
      withFiles.map((path) => ({
        path,
        sha256: media.sha256(path.slice('/media/'.length)),
        bytes: media.bytes(path.slice('/media/'.length)),
      })),
    );
    expect(changes.filter((c) => c.entity === 'version')).toHaveLength(1);
  });

  it('publishes now: the changes in a row, closed by a marker with every media file', async () => {
    const since = await lastSeq(server.db);
    const handset = await handsetOf(server.db);
    const ids = await experienceIds(server.db);
    const [promoted, retired] = [ids[0]!, ids[1]!];
    const experience = await experienceOf(server.db, promoted);
    const changes: ContentChange[] = [
      handsetPut({ ...handset, priceFen: handset.priceFen + 10_000 }),
      {
        entity: 'experience',
        key: experience.id,
        op: 'put',
        data: { ...experience, media: '/media/spring-promo.webm' },
      },
      { entity: 'experience', key: retired, op: 'delete', data: null },
    ];
    const reply = await publish({ note: 'Spring prices', storeIds: null, changes });
    expect(reply.status).toBe(200);
    expect(reply.body).toEqual({ versionId: expect.any(String), status: 'published' });

    const pulled = await pullAll(server.url, xidan.token, since);
    expect(pulled.map((c) => [c.entity, c.key, c.op])).toEqual([
      ['handset', handset.id, 'put'],
      ['experience', experience.id, 'put'],
      ['experience', retired, 'delete'],
      ['version', reply.body.versionId, 'put'],
    ]);
    const seqs = pulled.map((c) => c.seq);
    expect(seqs).toEqual(seqs.map((_, i) => seqs[0]! + i)); // contiguous
    const marker = contentVersionSchema.parse(pulled[3]?.data);
    expect(marker).toMatchObject({
      id: reply.body.versionId,
      note: 'Spring prices',
      storeIds: null,
    });
    expect(marker.media.map((m) => m.path)).toContain('/media/spring-promo.webm');
    expect(marker.media.find((m) => m.path === '/media/spring-promo.webm')).toEqual({
      path: '/media/spring-promo.webm',
      sha256: media.sha256('spring-promo.webm'),
      bytes: 'spring promotion clip'.length,
    });
    // Orders are priced by what was published.
    const draft = await honestDraft(server.db, { storeId: 'bj-xidan', handsetId: handset.id });
    expect(draft.lines[0]?.unitFen).toBe(handset.priceFen + 10_000);
    const placed = await call(server.url, '/api/sync/push', {
      token: xidan.token,
      body: { mutations: [orderMutation(draft)] },
    });
    expect(placed.body.results[0].status).toBe('applied');
    expect(
      await server.db.selectFrom('experiences').select('id').where('id', '=', retired).execute(),
    ).toEqual([]);
    expect((await experienceOf(server.db, promoted)).media).toBe('/media/spring-promo.webm');

    // Who published what, and when, is in the log of changes.
    const log = await call(server.url, '/api/audit?action=content.published', { cookie: hq });
    expect(log.status).toBe(200);
    expect(log.body.entries[0]).toMatchObject({
      actorId: 'user-hq',
      action: 'content.published',
      target: `version:${reply.body.versionId}`,
      detail: {
        note: 'Spring prices',
        storeIds: null,
        changes: [
          `put handset ${handset.id}`,
          `put experience ${experience.id}`,
          `delete experience ${retired}`,
        ],
      },
    });
  });

  it('refuses to withdraw a handset a gift box or experience still offers, naming them', async () => {
    const catalogue = await readCatalogue(server.db);
    const offered = catalogue.handsets.find(
      (h) => referencesTo(catalogue, 'handset', h.id).length > 0,
    );
    if (!offered) throw new Error('The demo offers no handset in a box or experience');
    const references = referencesTo(catalogue, 'handset', offered.id);
    const before = await lastSeq(server.db);
    const reply = await publish({
      note: 'End of line',
      storeIds: null,
      changes: [{ entity: 'handset', key: offered.id, op: 'delete' }],
    });
    expect(reply.status).toBe(400);
    const [message] = reply.body.error.fields['changes.0.key'] as string[];
    for (const reference of references) expect(message).toContain(`"${reference.key}"`);
    expect(await lastSeq(server.db)).toBe(before);
    expect(await handsetOf(server.db, offered.id)).toMatchObject({ id: offered.id });
  });

  it('withdraws a deleted handset: kiosks get a tombstone, new orders are refused', async () => {
    const catalogue = await readCatalogue(server.db);
    const unoffered = catalogue.handsets.find(
      (h) => referencesTo(catalogue, 'handset', h.id).length === 0,
    );
    const handset = await handsetOf(server.db, unoffered!.id);
    const since = await lastSeq(server.db);
    const reply = await publish({
      note: 'End of line',
      storeIds: null,
      changes: [{ entity: 'handset', key: handset.id, op: 'delete' }],
    });
    expect(reply.status).toBe(200);
    const pulled = await pullAll(server.url, chunxi.token, since);
    expect(pulled[0]).toMatchObject({
      entity: 'handset',
      key: handset.id,
      op: 'delete',
      data: null,
    });
    const draft = await honestDraft(server.db, { storeId: 'cd-chunxi', handsetId: handset.id });
    const refused = await call(server.url, '/api/sync/push', {
      token: chunxi.token,
      body: { mutations: [orderMutation(draft)] },
    });
    expect(refused.body.results[0]).toMatchObject({
      status: 'rejected',
      reason: 'unknown_handset',
    });
    // The row stays for the orders that refer to it.
    expect(await handsetOf(server.db, handset.id)).toMatchObject({ id: handset.id });
  });

  it('holds a scheduled version back until it is due, then publishes it once', async () => {
    const handset = await handsetOf(server.db, await nthHandsetId(1));
    const now = Date.now();
    const since = await lastSeq(server.db);
    const reply = await publish({
      note: 'Tomorrow’s price',
      storeIds: null,
      publishAt: now + hour,
      changes: [handsetPut({ ...handset, priceFen: 99_900 })],
    });
    expect(reply.body).toEqual({ versionId: expect.any(String), status: 'scheduled' });
    expect(await pullAll(server.url, xidan.token, since)).toEqual([]);
    expect((await publishDueVersions(server.db, now + 1_000, options())).published).toEqual([]);
    expect(await pullAll(server.url, xidan.token, since)).toEqual([]);

    const listed = await call(server.url, '/api/content/versions', { cookie: hq });
    expect(listed.body.versions[0]).toMatchObject({
      id: reply.body.versionId,
      status: 'scheduled',
      publishAt: now + hour,
      publishedAt: null,
      changeCount: 1,
    });

    // Two server processes' publishers fall due at the same moment: one publishes.
    const other = await server.otherProcessDb();
    const [first, second] = await Promise.all([
      publishDueVersions(server.db, now + 2 * hour, options()),
      publishDueVersions(other, now + 2 * hour, options()),
    ]);
    expect([...first.published, ...second.published]).toEqual([reply.body.versionId]);
    const pulled = await pullAll(server.url, xidan.token, since);
    expect(pulled.map((c: Change) => [c.entity, c.op])).toEqual([
      ['handset', 'put'],
      ['version', 'put'],
    ]);
    expect(pulled[0]?.data).toMatchObject({ id: handset.id, priceFen: 99_900 });
    const markers = await server.db
      .selectFrom('changes')
      .select('seq')
      .where('entity', '=', 'version')
      .where('key', '=', reply.body.versionId)
      .execute();
    expect(markers).toHaveLength(1);
    const after = await call(server.url, '/api/content/versions', { cookie: hq });
    expect(after.body.versions[0]).toMatchObject({
      status: 'published',
      publishedAt: now + 2 * hour,
      mediaCount: expect.any(Number),
    });
    expect((await publishDueVersions(server.db, now + 3 * hour, options())).published).toEqual([]);
  });

  it('fails a scheduled version that no longer fits when due, publishing nothing of it', async () => {
    const now = Date.now();
    const experience = await experienceOf(server.db, (await experienceIds(server.db))[2]!);
    const scheduled = await publish({
      note: 'Weather moves to a new zone',
      storeIds: null,
      publishAt: now + hour,
      changes: [{ entity: 'experience', key: experience.id, op: 'put', data: experience }],
    });
    expect(scheduled.body.status).toBe('scheduled');
    // Meanwhile the experience's zone is emptied and deleted by a version published now.
    const zoneExperiences = await server.db
      .selectFrom('experiences')
      .select('id')
      .where('zone_id', '=', experience.zoneId)
      .execute();
    const removal = await publish({
      note: 'Travel zone closes',
      storeIds: null,
      changes: [
        ...zoneExperiences.map((e) => ({ entity: 'experience', key: e.id, op: 'delete' })),
        { entity: 'zone', key: experience.zoneId, op: 'delete' },
      ],
    });
    expect(removal.status).toBe(200);
    const since = await lastSeq(server.db);
    const outcome = await publishDueVersions(server.db, now + 2 * hour, options());
    expect(outcome).toEqual({ published: [], failed: [scheduled.body.versionId] });
    expect(await pullAll(server.url, xidan.token, since)).toEqual([]);
    const listed = await call(server.url, '/api/content/versions', { cookie: hq });
    const failed = listed.body.versions.find(
      (v: { id: string }) => v.id === scheduled.body.versionId,
    );
    expect(failed).toMatchObject({ status: 'failed', failure: expect.stringMatching(/zoneId/) });
  });
});

describe.each(dbKinds)('publishing to chosen stores on %s', (kind) => {
  const media = makeMediaRoot();
  let server: TestServer;
  let hq: string;
  const kiosks: Record<string, EnrolledKiosk> = {};
  beforeAll(async () => {
    server = await startTestServer(kind, { mediaRoots: [media.root], publishIntervalMs: 0 });
    hq = await signIn(server.url, 'hq', 'showroom-hq');
    for (const store of ['bj-xidan', 'gz-tianhe', 'cd-chunxi'])
      kiosks[store] = await enrolKiosk(server.url, hq, store);
  });
  afterAll(async () => {
    await server?.close();
    media.remove();
  });

  const order = async (store: string, handsetId: string, priceFen: number) => {
    const draft = await honestDraft(server.db, { storeId: store, handsetId, planId: null });
    const lines = draft.lines.map((line) =>
      line.kind === 'handset' ? { ...line, unitFen: priceFen } : line,
    );
    const mutation = orderMutation({ ...draft, lines, totalFen: priceFen });
    const reply = await call(server.url, '/api/sync/push', {
      token: kiosks[store]!.token,
      body: { mutations: [mutation] },
    });
    return reply.body.results[0] as { status: string; reason?: string };
  };

  it('reaches only the kiosks of its stores, and prices orders per store', async () => {
    const handset = await handsetOf(server.db);
    const since = await lastSeq(server.db);
    const reply = await call(server.url, '/api/content/versions', {
      cookie: hq,
      body: {
        note: 'North and south promotion',
        storeIds: ['bj-xidan', 'gz-tianhe'],
        changes: [handsetPut({ ...handset, priceFen: 1_99_00 })],
      },
    });
    expect(reply.status).toBe(200);
    for (const store of ['bj-xidan', 'gz-tianhe']) {
      const pulled = await pullAll(server.url, kiosks[store]!.token, since);
      expect(pulled.map((c) => [c.entity, c.op])).toEqual([
        ['handset', 'put'],
        ['version', 'put'],
      ]);
      expect(pulled[0]?.data).toMatchObject({ priceFen: 1_99_00 });
      expect(contentVersionSchema.parse(pulled[1]?.data).storeIds).toEqual([
        'bj-xidan',
        'gz-tianhe',
      ]);
    }
    expect(await pullAll(server.url, kiosks['cd-chunxi']!.token, since)).toEqual([]);

    expect(await order('bj-xidan', handset.id, 1_99_00)).toMatchObject({ status: 'applied' });
    expect(await order('cd-chunxi', handset.id, handset.priceFen)).toMatchObject({
      status: 'applied',
    });
    expect(await order('cd-chunxi', handset.id, 1_99_00)).toMatchObject({
      status: 'conflict',
      reason: 'price_changed',
    });

    // A later version for every store replaces the stores' own price everywhere.
    const everywhere = await call(server.url, '/api/content/versions', {
      cookie: hq,
      body: {
        note: 'One price again',
        storeIds: null,
        changes: [handsetPut({ ...handset, priceFen: 2_49_00 })],
      },
    });
    expect(everywhere.status).toBe(200);
    expect(await order('gz-tianhe', handset.id, 2_49_00)).toMatchObject({ status: 'applied' });
    expect(await order('bj-xidan', handset.id, 1_99_00)).toMatchObject({ reason: 'price_changed' });
  });

  it('offers a handset new to one store there only, and tells the console which version a kiosk holds', async () => {
    const template = await handsetOf(server.db);
    const exclusive = {
      ...template,
      id: 'store-exclusive-1',
      model: 'Exclusive',
      priceFen: 5_00_00,
    };
    const reply = await call(server.url, '/api/content/versions', {
      cookie: hq,
      body: { note: 'Xidan exclusive', storeIds: ['bj-xidan'], changes: [handsetPut(exclusive)] },
    });
    expect(reply.status).toBe(200);
    expect(await order('bj-xidan', exclusive.id, 5_00_00)).toMatchObject({ status: 'applied' });
    expect(await order('cd-chunxi', exclusive.id, 5_00_00)).toMatchObject({
      status: 'rejected',
      reason: 'unknown_handset',
    });

    // The kiosk reports its cursor in a heartbeat; the console names the version it reached.
    const pulled = await pullAll(server.url, kiosks['bj-xidan']!.token);
    const cursor = pulled.at(-1)?.seq ?? 0;
    const heartbeat = {
      id: crypto.randomUUID(),
      type: 'heartbeat',
      createdAt: Date.now(),
      payload: {
        appVersion: '0.2.0',
        contentCursor: cursor,
        outboxDepth: 0,
        lastSyncAt: Date.now(),
        storageUsage: null,
        storageQuota: null,
        persisted: null,
      },
    };
    await call(server.url, '/api/sync/push', {
      token: kiosks['bj-xidan']!.token,
      body: { mutations: [heartbeat] },
    });
    const devices = await call(server.url, '/api/devices?storeId=bj-xidan', { cookie: hq });
    const device = devices.body.devices.find(
      (d: { id: string }) => d.id === kiosks['bj-xidan']!.deviceId,
    );
    expect(device).toMatchObject({ contentCursor: cursor, contentVersionId: reply.body.versionId });
    const silent = await call(server.url, '/api/devices?storeId=gz-tianhe', { cookie: hq });
    const never = silent.body.devices.find(
      (d: { id: string }) => d.id === kiosks['gz-tianhe']!.deviceId,
    );
    expect(never).toMatchObject({ contentCursor: null, contentVersionId: null });
  });
});

describe.each(dbKinds)('the publishing timer on %s', (kind) => {
  let server: TestServer;
  let clock = Date.now();
  beforeAll(async () => {
    server = await startTestServer(kind, { now: () => clock, publishIntervalMs: 25 });
  });
  afterAll(async () => server?.close());

  it('publishes a scheduled version once the injected clock passes its time', async () => {
    const hq = await signIn(server.url, 'hq', 'showroom-hq');
    const handset = await handsetOf(server.db);
    const reply = await call(server.url, '/api/content/versions', {
      cookie: hq,
      body: {
        note: 'Timed',
        storeIds: null,
        publishAt: clock + 60_000,
        changes: [handsetPut({ ...handset, priceFen: 12_300 })],
      },
    });
    expect(reply.body.status).toBe('scheduled');
    const statusOf = async () =>
      (
        await server.db
          .selectFrom('content_versions')
          .select('status')
          .where('id', '=', reply.body.versionId)
          .executeTakeFirstOrThrow()
      ).status;
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await statusOf()).toBe('scheduled');
    clock += 61_000;
    for (let i = 0; i < 100 && (await statusOf()) === 'scheduled'; i++)
      await new Promise((resolve) => setTimeout(resolve, 30));
    expect(await statusOf()).toBe('published');
  });
});

describe.each(dbKinds)('media files replaced on the server on %s', (kind) => {
  const media = makeMediaRoot();
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(kind, { mediaRoots: [media.root], publishIntervalMs: 0 });
  });
  afterAll(async () => {
    await server?.close();
    media.remove();
  });

  it('publishes the new hashes at start, so new kiosks can complete the version', async () => {
    const options = { mediaRoots: [media.root] };
    expect(await republishChangedMedia(server.db, Date.now(), options)).toBeNull();

    const replaced = 'a re-encoded maps clip, longer than before';
    writeFileSync(join(media.root, 'media', 'maps.webm'), replaced);
    const id = await republishChangedMedia(server.db, Date.now(), options);
    expect(id).not.toBeNull();

    const hq = await signIn(server.url, 'hq', 'showroom-hq');
    const kiosk = await enrolKiosk(server.url, hq, 'gz-tianhe');
    const last = (await pullAll(server.url, kiosk.token)).at(-1);
    expect(last).toMatchObject({ entity: 'version', key: id, op: 'put' });
    const maps = contentVersionSchema
      .parse(last?.data)
      .media.find((m) => m.path === '/media/maps.webm');
    expect(maps).toEqual({
      path: '/media/maps.webm',
      sha256: createHash('sha256').update(replaced).digest('hex'),
      bytes: Buffer.byteLength(replaced),
    });
    // Once the marker matches the files, a restart publishes nothing more.
    expect(await republishChangedMedia(server.db, Date.now(), options)).toBeNull();
  });
});
