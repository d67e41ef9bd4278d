import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultTierRules, type TierRules } from '../../shared';
import { call, enrolKiosk, signIn, type EnrolledKiosk } from './support/http-client';
import { countRows } from './support/fixtures';
import { clerkOf, freshNumbers, importCsv, managerOf, pullAll } from './support/number-book';
import { dbKinds, startTestServer, type TestServer } from './support/test-server';

/** The defaults, with ordinary numbers now costing 1 yuan and needing a 10-yuan plan. */
const dearerOrdinary: TierRules = {
  tiers: defaultTierRules.tiers.map((tier) =>
    tier.id === 'ordinary' ? { ...tier, priceFen: 100, minPlanFeeFen: 1_000 } : tier,
  ),
};

describe.each(dbKinds)('number tier rules on %s', (kind) => {
  let server: TestServer;
  let hq: string;
  let kiosk: EnrolledKiosk;
  const store = 'bj-xidan';
  const rulesOf = (cookie: string) => call(server.url, '/api/numbers/tier-rules', { cookie });
  const putRules = (cookie: string, body: unknown) =>
    call(server.url, '/api/numbers/tier-rules', { cookie, body, method: 'PUT' });
  const numbersByStatus = async (status: 'sold' | 'available', tierId = 'ordinary') =>
    server.db
      .selectFrom('numbers')
      .select(['number', 'store_id', 'price_fen', 'min_plan_fee_fen'])
      .where('status', '=', status)
      .where('tier_id', '=', tierId)
      .orderBy('number')
      .execute();

  beforeAll(async () => {
    server = await startTestServer(kind);
    hq = await signIn(server.url, 'hq', 'showroom-hq');
    kiosk = await enrolKiosk(server.url, hq, store);
  });
  afterAll(async () => server?.close());

  it('answers the default rules to anyone signed in until HQ sets some', async () => {
    const reply = await rulesOf(await clerkOf(server.url, store));
    expect(reply.status).toBe(200);
    expect(reply.body).toEqual({ rules: defaultTierRules, updatedAt: null, updatedBy: null });
    expect((await call(server.url, '/api/numbers/tier-rules')).status).toBe(401);
  });

  it('refuses rules from anyone but HQ, and invalid rules, changing nothing', async () => {
    const manager = await managerOf(server.url, store);
    const counts = await countRows(server.db);
    expect((await putRules(manager, dearerOrdinary)).status).toBe(403);
    const invalid = await putRules(hq, {
      tiers: [
        { ...defaultTierRules.tiers[0], matchAny: [] },
        { ...defaultTierRules.tiers[1], id: defaultTierRules.tiers[0]!.id },
      ],
    });
    expect(invalid.status).toBe(400);
    expect(Object.keys(invalid.body.error.fields)).toEqual(
      expect.arrayContaining(['tiers.0.matchAny', 'tiers.1.id']),
    );
    expect((await putRules(hq, { tiers: [] })).status).toBe(400);
    expect(await countRows(server.db)).toEqual(counts);
  });

  it('reprices the numbers not yet sold, keeps sold prices, and the kiosks pull the new ones', async () => {
    const { cursor } = await pullAll(server.url, kiosk.token);
    const sold = await numbersByStatus('sold');
    const unsold = await numbersByStatus('available');
    expect(sold.length).toBeGreaterThan(0);
    expect(unsold.every((n) => n.price_fen === 0)).toBe(true);

    const reply = await putRules(hq, dearerOrdinary);
    expect(reply.status).toBe(200);
    expect(reply.body.repriced).toBe(unsold.length);
    expect(await numbersByStatus('sold')).toEqual(sold);
    const repriced = await numbersByStatus('available');
    expect(repriced.map((n) => n.number)).toEqual(unsold.map((n) => n.number));
    expect(repriced.every((n) => n.price_fen === 100 && n.min_plan_fee_fen === 1_000)).toBe(true);

    const pulled = await pullAll(server.url, kiosk.token, cursor);
    const mine = unsold.filter((n) => n.store_id === store).map((n) => n.number);
    const numberChanges = pulled.changes.filter((c) => c.entity === 'number');
    expect(numberChanges.map((c) => c.key).sort()).toEqual(mine.sort());
    expect(
      numberChanges.every((c) => c.data?.priceFen === 100 && c.data?.tierId === 'ordinary'),
    ).toBe(true);

    const stored = await rulesOf(hq);
    expect(stored.body).toMatchObject({ rules: dearerOrdinary, updatedAt: reply.body.updatedAt });
    expect(stored.body.updatedBy).toEqual(expect.any(String));

    // The same rules again change nothing.
    const again = await putRules(hq, dearerOrdinary);
    expect(again.body.repriced).toBe(0);
  });

  it('prices imported numbers by the rules in force', async () => {
    const [plain] = freshNumbers('185', 20_517_263, 1) as [string];
    const reply = await importCsv(server.url, hq, store, plain);
    expect(reply.body.byTier).toEqual({ ordinary: 1 });
    const row = await server.db
      .selectFrom('numbers')
      .selectAll()
      .where('number', '=', plain)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ tier_id: 'ordinary', price_fen: 100, min_plan_fee_fen: 1_000 });
  });
});
