import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentVersionSchema, rollbackResponseSchema } from '../../shared';
import { planFromRow } from '../../server/content/plans-repo';
import { demoVersionId } from '../../server/seed/seed-demo';
import { call, enrolKiosk, signIn } from './support/http-client';
import { boxesWithService, lastSeq, pullAll } from './support/content-fixtures';
import { dbKinds, startTestServer, type TestServer } from './support/test-server';

/** A plan as every store is offered it (the shared row, whatever a store was given itself). */
const sharedPlan = async (server: TestServer, id: string) =>
  planFromRow(
    await server.db.selectFrom('plans').selectAll().where('id', '=', id).executeTakeFirstOrThrow(),
  );

describe.each(dbKinds)('restoring an earlier content version on %s', (kind) => {
  let server: TestServer;
  let hq: string;
  beforeAll(async () => {
    server = await startTestServer(kind, { publishIntervalMs: 0 });
    hq = await signIn(server.url, 'hq', 'showroom-hq');
  });
  afterAll(async () => server?.close());

  const publish = async (note: string, changes: unknown[], storeIds: string[] | null = null) => {
    const reply = await call(server.url, '/api/content/versions', {
      cookie: hq,
      body: { note, storeIds, changes },
    });
    expect(reply.status).toBe(200);
    return reply.body.versionId as string;
  };
  const rollback = (versionId: string, cookie = hq) =>
    call(server.url, `/api/content/versions/${versionId}/rollback`, { cookie, body: {} });
  const planFee = async (id: string) =>
    await server.db
      .selectFrom('plans')
      .select(['monthly_fee_fen', 'withdrawn_at'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
  const planNow = (id: string) => sharedPlan(server, id);

  let first = '';
  it('puts back what a version showed, one action, as a new version kiosks pull', async () => {
    const talk = await planNow('talk-46');
    const newPlan = {
      ...talk,
      id: 'talk-36',
      name: { zh: '3G 畅聊 36元', en: '3G Talk 36' },
      monthlyFeeFen: 3_600,
      sort: 99,
    };
    first = await publish('Talk 46 at ¥49, a new ¥36 plan', [
      { entity: 'plan', key: 'talk-46', op: 'put', data: { ...talk, monthlyFeeFen: 4_900 } },
      { entity: 'plan', key: 'talk-36', op: 'put', data: newPlan },
    ]);
    // Ring-back tones go, with the gift boxes that hold them (the server refuses either alone).
    const ringbackBoxes = await boxesWithService(server.db, 'vas-ringback');
    expect(ringbackBoxes.length).toBeGreaterThan(0);
    await publish('Talk 46 at ¥52, ring-back tones retired', [
      { entity: 'plan', key: 'talk-46', op: 'put', data: { ...talk, monthlyFeeFen: 5_200 } },
      ...ringbackBoxes.map((key) => ({ entity: 'bundle', key, op: 'delete' })),
      { entity: 'service', key: 'vas-ringback', op: 'delete' },
    ]);
    expect((await planFee('talk-46')).monthly_fee_fen).toBe(5_200);

    const restored = await rollback(first);
    expect(restored.status).toBe(200);
    expect((await planFee('talk-46')).monthly_fee_fen).toBe(4_900);
    expect((await planFee('talk-36')).withdrawn_at).toBeNull();
    const ringback = await server.db
      .selectFrom('services')
      .select('withdrawn_at')
      .where('id', '=', 'vas-ringback')
      .executeTakeFirstOrThrow();
    expect(ringback.withdrawn_at).toBeNull();
    const boxes = await server.db
      .selectFrom('bundles')
      .select(['id', 'withdrawn_at'])
      .where('id', 'in', ringbackBoxes)
      .execute();
    expect(boxes.map((box) => box.withdrawn_at)).toEqual(ringbackBoxes.map(() => null));

    const kiosk = await enrolKiosk(server.url, hq, 'gz-tianhe');
    const changes = await pullAll(server.url, kiosk.token);
    const last = changes.at(-1);
    expect(contentVersionSchema.parse(last?.data).id).toBe(restored.body.versionId);
    const lastTalk = changes.filter((c) => c.entity === 'plan' && c.key === 'talk-46').at(-1);
    expect(lastTalk?.data).toMatchObject({ monthlyFeeFen: 4_900 });

    const log = await call(server.url, '/api/audit?action=content.rolled_back', { cookie: hq });
    expect(log.body.entries[0].detail).toMatchObject({ restored: first });
  });

  it('goes back to the seeded content: a plan added since is withdrawn, fees are as seeded', async () => {
    const restored = await rollback(demoVersionId);
    expect(restored.status).toBe(200);
    expect((await planFee('talk-46')).monthly_fee_fen).toBe(4_600);
    expect((await planFee('talk-36')).withdrawn_at).not.toBeNull();
    // Nothing changed since: a second restore has nothing to do and publishes nothing.
    const versions = await server.db.selectFrom('content_versions').select('id').execute();
    const again = await rollback(demoVersionId);
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('nothing_to_restore');
    expect(await server.db.selectFrom('content_versions').select('id').execute()).toEqual(versions);
  });

  it('refuses what cannot be restored and restores nothing', async () => {
    const manager = await signIn(server.url, 'bj-xidan-manager', 'showroom-manager');
    const before = await server.db.selectFrom('content_versions').select('id').execute();
    expect((await rollback('no-such-version')).status).toBe(404);
    expect((await rollback(first, manager)).status).toBe(403);
    expect(
      (await call(server.url, `/api/content/versions/${first}/rollback`, { body: {} })).status,
    ).toBe(401);
    expect(
      (
        await call(server.url, `/api/content/versions/${first}/rollback`, {
          cookie: hq,
          body: { note: 7 },
        })
      ).status,
    ).toBe(400);
    expect(await server.db.selectFrom('content_versions').select('id').execute()).toEqual(before);
  });

  it('gives HQ the catalogue it edits, and nobody else', async () => {
    const reply = await call(server.url, '/api/content/catalogue', { cookie: hq });
    expect(reply.status).toBe(200);
    const plans = reply.body.plans as { id: string }[];
    expect(plans.map((plan) => plan.id)).toContain('talk-46');
    // Withdrawn content is not offered, so it is not edited either.
    expect(plans.map((plan) => plan.id)).not.toContain('talk-36');
    expect(reply.body.handsets.length).toBeGreaterThan(0);
    expect(reply.body.services.length).toBeGreaterThan(0);
    const manager = await signIn(server.url, 'bj-xidan-manager', 'showroom-manager');
    expect((await call(server.url, '/api/content/catalogue', { cookie: manager })).status).toBe(
      403,
    );
    expect((await call(server.url, '/api/content/catalogue')).status).toBe(401);
  });
});

describe.each(dbKinds)('restoring content some stores were sent, on %s', (kind) => {
  let server: TestServer;
  let hq: string;
  const kiosks: Record<string, string> = {};
  const stores = ['cd-chunxi', 'gz-tianhe', 'bj-xidan'];
  /** Every change the tests look at comes after the seeded content. */
  let seeded = 0;
  beforeAll(async () => {
    server = await startTestServer(kind, { publishIntervalMs: 0 });
    seeded = await lastSeq(server.db);
    hq = await signIn(server.url, 'hq', 'showroom-hq');
    for (const store of stores) kiosks[store] = (await enrolKiosk(server.url, hq, store)).token;
  });
  afterAll(async () => server?.close());

  const planNow = (id: string) => sharedPlan(server, id);
  const publishFee = async (planId: string, fee: number, storeIds: string[] | null) => {
    const plan = await planNow(planId);
    const reply = await call(server.url, '/api/content/versions', {
      cookie: hq,
      body: {
        note: `${planId} at ${fee} for ${storeIds?.join(', ') ?? 'all'}`,
        storeIds,
        changes: [
          { entity: 'plan', key: planId, op: 'put', data: { ...plan, monthlyFeeFen: fee } },
        ],
      },
    });
    expect(reply.status).toBe(200);
    return reply.body.versionId as string;
  };
  /** The fee a store's kiosk shows after pulling everything: the last change it was sent. */
  const feeAt = async (store: string, planId: string) => {
    const changes = await pullAll(server.url, kiosks[store]!, seeded);
    const last = changes.filter((c) => c.entity === 'plan' && c.key === planId).at(-1);
    return (last?.data as { monthlyFeeFen: number } | null)?.monthlyFeeFen;
  };
  const restore = async (versionId: string) => {
    const reply = await call(server.url, `/api/content/versions/${versionId}/rollback`, {
      cookie: hq,
      body: {},
    });
    expect(reply.status).toBe(200);
    return rollbackResponseSchema.parse(reply.body);
  };
  const versionScope = async (id: string) =>
    (
      await server.db
        .selectFrom('content_versions')
        .select('store_ids')
        .where('id', '=', id)
        .executeTakeFirstOrThrow()
    ).store_ids;

  it('gives a store back what a version for it showed, and leaves the others alone', async () => {
    const chengdu = await publishFee('talk-46', 4_400, ['cd-chunxi']);
    await publishFee('talk-46', 4_300, ['cd-chunxi', 'gz-tianhe']);
    await publishFee('talk-46', 5_000, null);
    expect(await feeAt('cd-chunxi', 'talk-46')).toBe(5_000);

    const restored = await restore(chengdu);
    expect(restored.versionIds).toHaveLength(1);
    expect(await versionScope(restored.versionId)).toBe(JSON.stringify(['cd-chunxi']));
    expect(await feeAt('cd-chunxi', 'talk-46')).toBe(4_400);
    expect(await feeAt('gz-tianhe', 'talk-46')).toBe(5_000);
    expect(await feeAt('bj-xidan', 'talk-46')).toBe(5_000);
    // The shared plan is untouched; Chengdu's own copy holds its fee.
    expect((await planNow('talk-46')).monthlyFeeFen).toBe(5_000);
    const own = await server.db
      .selectFrom('content_overrides')
      .select(['store_id', 'data'])
      .where('entity', '=', 'plan')
      .where('key', '=', 'talk-46')
      .execute();
    expect(own.map((row) => row.store_id)).toEqual(['cd-chunxi']);
    expect(JSON.parse(own[0]?.data ?? '{}').monthlyFeeFen).toBe(4_400);

    const log = await call(server.url, '/api/audit?action=content.rolled_back', { cookie: hq });
    expect(log.body.entries[0].detail).toMatchObject({
      restored: chengdu,
      storeIds: ['cd-chunxi'],
      changes: 1,
    });
  });

  it('restores stores that had different content with a version each', async () => {
    const seededFee = (await planNow('biz-186')).monthlyFeeFen;
    // Before the target, Guangzhou had a plan of its own; after it, that plan changed for all.
    await publishFee('biz-186', 17_800, ['gz-tianhe']);
    const both = await publishFee('talk-96', 9_000, ['cd-chunxi', 'gz-tianhe']);
    await publishFee('talk-96', 9_900, null);
    await publishFee('biz-186', 19_900, null);

    const restored = await restore(both);
    expect(restored.versionIds).toHaveLength(2);
    const scopes = await Promise.all(restored.versionIds.map(versionScope));
    expect(scopes.sort()).toEqual([JSON.stringify(['cd-chunxi']), JSON.stringify(['gz-tianhe'])]);
    expect(await feeAt('cd-chunxi', 'talk-96')).toBe(9_000);
    expect(await feeAt('gz-tianhe', 'talk-96')).toBe(9_000);
    expect(await feeAt('gz-tianhe', 'biz-186')).toBe(17_800);
    // Chengdu had the shared biz-186 then; Beijing was not in the version and keeps today's.
    expect(await feeAt('cd-chunxi', 'biz-186')).toBe(seededFee);
    expect(await feeAt('bj-xidan', 'biz-186')).toBe(19_900);
    expect(await feeAt('bj-xidan', 'talk-96')).toBe(9_900);

    // Restoring again has nothing left to do.
    const again = await call(server.url, `/api/content/versions/${both}/rollback`, {
      cookie: hq,
      body: {},
    });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('nothing_to_restore');
  });

  it('gives a store back its own copy when restoring a version for every store', async () => {
    const seededFee = (await planNow('talk-66')).monthlyFeeFen;
    await publishFee('talk-66', 6_100, ['cd-chunxi']);
    const target = await publishFee('biz-126', 12_900, null);
    await publishFee('talk-66', 6_900, null);
    expect(await feeAt('cd-chunxi', 'talk-66')).toBe(6_900);

    const restored = await restore(target);
    expect(restored.versionIds).toHaveLength(2);
    expect(await versionScope(restored.versionIds[0]!)).toBeNull();
    expect(await versionScope(restored.versionIds[1]!)).toBe(JSON.stringify(['cd-chunxi']));
    expect(await feeAt('cd-chunxi', 'talk-66')).toBe(6_100);
    expect(await feeAt('gz-tianhe', 'talk-66')).toBe(seededFee);
    expect(await feeAt('bj-xidan', 'talk-66')).toBe(seededFee);
    expect((await planNow('talk-66')).monthlyFeeFen).toBe(seededFee);
  });

  it('ends what some stores were given since, when restoring a version for every store', async () => {
    const all = await publishFee('talk-46', 4_600, null);
    await publishFee('talk-46', 3_900, ['bj-xidan']);
    expect(await feeAt('bj-xidan', 'talk-46')).toBe(3_900);

    const restored = await restore(all);
    expect(restored.versionIds).toHaveLength(1);
    expect(await versionScope(restored.versionId)).toBeNull();
    for (const store of stores) expect(await feeAt(store, 'talk-46')).toBe(4_600);
    const own = await server.db
      .selectFrom('content_overrides')
      .select('store_id')
      .where('entity', '=', 'plan')
      .where('key', '=', 'talk-46')
      .execute();
    expect(own).toEqual([]);
  });
});
