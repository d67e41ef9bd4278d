import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleSchema, priceCart, serviceSchema, type Bundle, type Service } from '../../shared';
import { bundleFromJson, serviceFromJson } from '../../server/content/offers-repo';
import { planFromRow } from '../../server/content/plans-repo';
import { call, enrolKiosk, signIn, type EnrolledKiosk } from './support/http-client';
import { boxesWithService, pullAll } from './support/content-fixtures';
import { honestDraft, orderMutation } from './support/fixtures';
import { dbKinds, startTestServer, type TestServer } from './support/test-server';

describe.each(dbKinds)('gift boxes, services and clerk badges on %s', (kind) => {
  let server: TestServer;
  let hq: string;
  let kiosk: EnrolledKiosk;
  const store = 'bj-xidan';
  beforeAll(async () => {
    server = await startTestServer(kind, { publishIntervalMs: 0 });
    hq = await signIn(server.url, 'hq', 'showroom-hq');
    kiosk = await enrolKiosk(server.url, hq, store);
  });
  afterAll(async () => server?.close());

  const push = (body: unknown) => call(server.url, '/api/sync/push', { token: kiosk.token, body });
  const services = async () =>
    (await server.db.selectFrom('services').select('data').orderBy('sort').execute()).map((r) =>
      serviceFromJson(r.data),
    );
  const firstBundle = async () => {
    const row = await server.db
      .selectFrom('bundles')
      .select('data')
      .where('withdrawn_at', 'is', null)
      .orderBy('sort')
      .executeTakeFirstOrThrow();
    return bundleFromJson(row.data);
  };

  /** A box order priced as an honest kiosk prices it, with `extra` services on top. */
  async function boxDraft(bundle: Bundle, extra: Service[], clerkBadge: string | null) {
    const base = await honestDraft(server.db, {
      storeId: store,
      handsetId: bundle.handsetId,
      planId: bundle.planId,
    });
    const all = await services();
    const chosen = [...all.filter((s) => bundle.serviceIds.includes(s.id)), ...extra];
    const planRow = bundle.planId
      ? await server.db
          .selectFrom('plans')
          .selectAll()
          .where('id', '=', bundle.planId)
          .executeTakeFirstOrThrow()
      : null;
    const handset = await server.db
      .selectFrom('handsets')
      .select(['id', 'price_fen'])
      .where('id', '=', bundle.handsetId)
      .executeTakeFirstOrThrow();
    const priced = priceCart({
      handset: { id: handset.id, priceFen: handset.price_fen },
      plan: planRow && planFromRow(planRow),
      number: null,
      bundle,
      services: chosen,
    });
    return {
      ...base,
      bundleId: bundle.id,
      serviceIds: chosen.map((s) => s.id),
      clerkBadge,
      lines: priced.lines,
      totalFen: priced.totalFen,
    };
  }

  it('sends a new kiosk the services, the gift boxes and only its own store’s clerks', async () => {
    const changes = await pullAll(server.url, kiosk.token);
    const of = (entity: string) => changes.filter((c) => c.entity === entity);
    expect(of('service').map((c) => serviceSchema.parse(c.data).kind)).toEqual(
      expect.arrayContaining(['ringback', 'mail', 'bankAlerts', 'secondNumber']),
    );
    const bundles = of('bundle').map((c) => bundleSchema.parse(c.data));
    expect(bundles.length).toBeGreaterThan(0);
    const handsetIds = new Set(of('handset').map((c) => c.key));
    for (const bundle of bundles) expect(handsetIds.has(bundle.handsetId)).toBe(true);
    const clerks = of('clerk').map((c) => c.data as { storeId: string; badge: string });
    expect(clerks).toHaveLength(2);
    expect(clerks.every((clerk) => clerk.storeId === store)).toBe(true);
    expect(clerks.map((c) => c.badge).sort()).toEqual(['1011', '1012']);
  });

  it('applies an honest box order and credits the clerk whose badge was typed', async () => {
    const bundle = await firstBundle();
    const ringback = (await services()).find((s) => s.kind === 'ringback');
    const extra = ringback && !bundle.serviceIds.includes(ringback.id) ? [ringback] : [];
    const draft = await boxDraft(bundle, extra, '1012');
    const reply = await push({ mutations: [orderMutation(draft)] });
    expect(reply.body.results[0]).toMatchObject({ status: 'applied' });
    const row = await server.db
      .selectFrom('orders')
      .selectAll()
      .where('id', '=', draft.id)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      bundle_id: bundle.id,
      clerk_badge: '1012',
      clerk_id: 'user-bj-xidan-clerk2',
      total_fen: draft.totalFen,
    });
    expect(JSON.parse(row.service_ids)).toEqual(draft.serviceIds);
    expect(JSON.parse(row.lines)).toEqual(draft.lines);
  });

  it('holds a box order whose kiosk priced the box below the server, and stores nothing', async () => {
    const bundle = await firstBundle();
    const cheap = { ...bundle, priceFen: bundle.priceFen - 10_000 };
    const draft = await boxDraft(cheap, [], null);
    const reply = await push({ mutations: [orderMutation(draft)] });
    expect(reply.body.results[0]).toMatchObject({ status: 'conflict', reason: 'price_changed' });
    const rows = await server.db.selectFrom('orders').select('id').where('id', '=', draft.id);
    expect(await rows.execute()).toEqual([]);
  });

  it('rejects a box sold with another handset, and a service HQ withdrew', async () => {
    const bundle = await firstBundle();
    const honest = await boxDraft(bundle, [], null);
    const otherHandset = await honestDraft(server.db, { storeId: store, planId: bundle.planId });
    const swapped = {
      ...honest,
      handsetId: otherHandset.handsetId === bundle.handsetId ? null : otherHandset.handsetId,
    };

    const mismatch = await push({ mutations: [orderMutation(swapped)] });
    expect(mismatch.body.results[0]).toMatchObject({
      status: 'rejected',
      reason: 'bundle_mismatch',
    });

    const mail = (await services()).find((s) => s.kind === 'mail')!;
    const retire = (changes: unknown[]) =>
      call(server.url, '/api/content/versions', {
        cookie: hq,
        body: { note: 'Mobile e-mail retired', storeIds: null, changes },
      });
    const mailOnly = { entity: 'service', key: mail.id, op: 'delete' };
    // A gift box still holds it: retiring the service alone is refused, naming the box.
    const refused = await retire([mailOnly]);
    expect(refused.status).toBe(400);
    expect(JSON.stringify(refused.body.error.fields)).toContain(bundle.id);
    const boxesWithMail = await boxesWithService(server.db, mail.id);
    expect(boxesWithMail).toContain(bundle.id);
    const published = await retire([
      ...boxesWithMail.map((key) => ({ entity: 'bundle', key, op: 'delete' })),
      mailOnly,
    ]);
    expect(published.status).toBeLessThan(300);
    // A kiosk that has not pulled yet still sells the box: refused, nothing stored.
    const staleBox = await push({ mutations: [orderMutation(honest)] });
    expect(staleBox.body.results[0]).toMatchObject({
      status: 'rejected',
      reason: 'unknown_bundle',
    });
    const withMail = {
      ...(await boxDraft({ ...bundle, serviceIds: [] }, [mail], null)),
      bundleId: null,
    };
    const reply = await push({ mutations: [orderMutation(withMail)] });
    expect(reply.body.results[0]).toMatchObject({ status: 'rejected', reason: 'unknown_service' });
    const stored = server.db.selectFrom('orders').select('id');
    expect(await stored.where('id', 'in', [swapped.id, withMail.id, honest.id]).execute()).toEqual(
      [],
    );
    const left = await server.db
      .selectFrom('services')
      .select('withdrawn_at')
      .where('id', '=', mail.id)
      .executeTakeFirstOrThrow();
    expect(left.withdrawn_at).not.toBeNull();
  });

  it('refuses a bundle that names a handset the catalogue does not have', async () => {
    const bundle = await firstBundle();
    const reply = await call(server.url, '/api/content/versions', {
      cookie: hq,
      body: {
        note: 'Broken box',
        storeIds: null,
        changes: [
          {
            entity: 'bundle',
            key: 'box-broken',
            op: 'put',
            data: { ...bundle, id: 'box-broken', handsetId: 'no-such-phone', serviceIds: ['nope'] },
          },
        ],
      },
    });
    expect(reply.status).toBe(400);
    expect(JSON.stringify(reply.body)).toContain('no-such-phone');
    expect(JSON.stringify(reply.body)).toContain('nope');
    const stored = await server.db
      .selectFrom('bundles')
      .select('id')
      .where('id', '=', 'box-broken');
    expect(await stored.execute()).toEqual([]);
  });
});
