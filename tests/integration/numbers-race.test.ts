import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OrderDraft } from '../../shared';
import { enrolKiosk, signIn, type EnrolledKiosk } from './support/http-client';
import { honestDraft } from './support/fixtures';
import { freshNumbers, hold, importCsv, pushDrafts } from './support/number-book';
import { dbKinds, startTestServer, type TestServer } from './support/test-server';

const kiosks = 8;
const contested = 20;

describe.each(dbKinds)('kiosks racing for the same numbers on %s', (kind) => {
  let server: TestServer;
  let fleet: EnrolledKiosk[];
  const store = 'gz-tianhe';
  // Ordinary numbers (no pattern): the contested ones and spares of the same tier.
  const numbers = freshNumbers('175', 30_517_260, 60).filter((n) => !/(\d)\1\1$/.test(n));
  const targets = numbers.slice(0, contested);

  beforeAll(async () => {
    server = await startTestServer(kind);
    const hq = await signIn(server.url, 'hq', 'showroom-hq');
    const imported = await importCsv(server.url, hq, store, numbers.join('\n'));
    expect(imported.body.accepted).toBe(numbers.length);
    fleet = [];
    for (let k = 0; k < kiosks; k++) fleet.push(await enrolKiosk(server.url, hq, store));
  });
  afterAll(async () => server?.close());

  it('sells each number once and turns every losing order into a visible conflict', async () => {
    // Each kiosk wants every contested number, in its own order; half are online (hold, then
    // push), half offline (push in batches of five).
    const plans: { kiosk: EnrolledKiosk; online: boolean; drafts: OrderDraft[] }[] = [];
    for (const [k, kiosk] of fleet.entries()) {
      const order = targets.map((_, i) => targets[(i * (k + 3)) % contested]!);
      const drafts: OrderDraft[] = [];
      for (const number of new Set(order)) {
        drafts.push(await honestDraft(server.db, { storeId: store, number }));
      }
      plans.push({ kiosk, online: k % 2 === 0, drafts });
    }
    const answers: { draft: OrderDraft; status: string; alternatives?: string[] }[] = [];
    let holdsRefused = 0;
    await Promise.all(
      plans.map(async ({ kiosk, online, drafts }) => {
        if (online) {
          for (const draft of drafts) {
            const lease = await hold(server.url, kiosk.token, draft.number!);
            if (lease.status === 409) {
              holdsRefused++;
              continue;
            }
            expect(lease.status).toBe(200);
            const [answer] = await pushDrafts(server.url, kiosk.token, [draft]);
            answers.push({ draft, ...answer! });
          }
        } else {
          for (let i = 0; i < drafts.length; i += 5) {
            const part = drafts.slice(i, i + 5);
            const results = await pushDrafts(server.url, kiosk.token, part);
            results.forEach((answer, j) => answers.push({ draft: part[j]!, ...answer }));
          }
        }
      }),
    );

    const orders = await server.db
      .selectFrom('orders')
      .select(['id', 'number'])
      .where('number', 'in', numbers)
      .execute();
    const perNumber = new Map<string, number>();
    for (const order of orders)
      perNumber.set(order.number!, (perNumber.get(order.number!) ?? 0) + 1);
    expect([...perNumber.values()].every((count) => count === 1)).toBe(true);

    const applied = answers.filter((a) => a.status === 'applied');
    const lost = answers.filter((a) => a.status === 'conflict');
    expect(applied.length + lost.length).toBe(answers.length);
    expect(applied.map((a) => a.draft.number).sort()).toEqual(orders.map((o) => o.number).sort());
    expect(lost.length).toBeGreaterThan(0);
    expect(holdsRefused + lost.length).toBeGreaterThan(0);

    const sold = await server.db
      .selectFrom('numbers')
      .select('number')
      .where('number', 'in', targets)
      .where('status', '=', 'sold')
      .execute();
    expect(sold.map((row) => row.number).sort()).toEqual([...perNumber.keys()].sort());

    const conflicts = await server.db
      .selectFrom('number_conflicts')
      .select(['id', 'number', 'tier_id', 'alternatives'])
      .where('store_id', '=', store)
      .execute();
    expect(conflicts.map((c) => c.id).sort()).toEqual(lost.map((a) => a.draft.id).sort());
    const tiers = new Map(
      (
        await server.db
          .selectFrom('numbers')
          .select(['number', 'tier_id', 'store_id'])
          .where('store_id', '=', store)
          .execute()
      ).map((row) => [row.number, row.tier_id]),
    );
    for (const loser of lost) {
      const tier = tiers.get(loser.draft.number!);
      expect(loser.alternatives?.length).toBeGreaterThan(0);
      for (const alternative of loser.alternatives ?? []) {
        expect(tiers.get(alternative)).toBe(tier);
        expect(alternative).not.toBe(loser.draft.number);
      }
    }
    // No lease outlives the sale of its number.
    const leftHolds = await server.db
      .selectFrom('number_holds')
      .select('number')
      .where('number', 'in', [...perNumber.keys()])
      .execute();
    expect(leftHolds).toEqual([]);
  });
});
