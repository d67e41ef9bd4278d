import type { Kysely } from 'kysely';
import { expect } from 'vitest';
import type { OrderDraft, PushResult } from '../../../shared';
import type { Database } from '../../../server/db/schema';
import type { OrderPlan } from './order-plan';
import { isPlaced, type SimulatedKiosk } from './simulated-kiosk';

/**
 * The books at the end of a faulty run, checked from both sides: what the kiosks captured
 * and were told, and what the server's database holds. Exact counts and sums throughout.
 */
export async function checkLedger(
  db: Kysely<Database>,
  kiosks: readonly SimulatedKiosk[],
  plan: OrderPlan,
  changesBefore: number,
): Promise<void> {
  const deviceIds = kiosks.map((kiosk) => kiosk.id);
  const placed = new Map<string, { draft: OrderDraft; deviceId: string }>();
  const conflicts: { kiosk: SimulatedKiosk; draft: OrderDraft; answer: PushResult }[] = [];
  let captured = 0;
  let mutations = 0;

  for (const kiosk of kiosks) {
    expect(kiosk.outbox.size, `outbox of ${kiosk.id}`).toBe(0);
    expect(kiosk.stats.strayAnswers, `stray answers to ${kiosk.id}`).toBe(0);
    mutations += kiosk.orders.size + kiosk.events.size;
    for (const [mutationId, draft] of kiosk.orders) {
      captured += 1;
      const answers = kiosk.answers.get(mutationId) ?? [];
      expect(answers.length, `answers for order ${draft.id}`).toBeGreaterThan(0);
      // Exactly once, as the kiosk sees it: never two `applied`, never a mixed story.
      expect(answers.filter((a) => a.status === 'applied').length).toBeLessThanOrEqual(1);
      const final = answers.at(-1) as PushResult;
      if (isPlaced(final)) {
        for (const answer of answers) {
          expect(['applied', 'duplicate']).toContain(answer.status);
          expect(answer.result).toEqual({ orderId: draft.id, ticket: draft.ticket });
        }
        placed.set(draft.id, { draft, deviceId: kiosk.id });
      } else {
        for (const answer of answers) expect(answer).toEqual(final);
        conflicts.push({ kiosk, draft, answer: final });
      }
    }
    for (const mutationId of kiosk.events.keys()) {
      const answers = kiosk.answers.get(mutationId) ?? [];
      expect(answers.length).toBeGreaterThan(0);
      for (const answer of answers) expect(['applied', 'duplicate']).toContain(answer.status);
    }
  }

  // Only the races' losers are refused, each as a number conflict with alternatives.
  expect(conflicts.length).toBe(plan.expectedLosers);
  expect(captured - conflicts.length).toBe(placed.size);
  const freeNumbers = new Set(
    (
      await db
        .selectFrom('numbers')
        .select('number')
        .where('price_fen', '=', 0)
        .where('store_id', 'in', [...new Set(kiosks.map((k) => k.storeId))])
        .execute()
    ).map((row) => row.number),
  );
  for (const { draft, answer } of conflicts) {
    expect(answer.status).toBe('conflict');
    expect(answer.reason).toBe('number_unavailable');
    expect(answer.alternatives?.length).toBeGreaterThan(0);
    expect(answer.alternatives?.length).toBeLessThanOrEqual(5);
    expect(answer.alternatives).not.toContain(draft.number);
    for (const alternative of answer.alternatives ?? []) expect(freeNumbers).toContain(alternative);
  }
  for (const race of plan.races) {
    const entries = race.racers.map((k) => {
      const kiosk = kiosks[k] as SimulatedKiosk;
      const draft = [...kiosk.orders.values()].find((d) => d.number === race.number);
      return { kiosk, draft };
    });
    const winners = entries.filter(({ draft }) => draft && placed.has(draft.id));
    expect(winners.length, `winners of the race for ${race.number}`).toBe(1);
  }

  // The server holds each placed order exactly once, and nothing else from these kiosks.
  const rows = await db
    .selectFrom('orders')
    .select(['id', 'ticket', 'store_id', 'device_id', 'number', 'total_fen'])
    .where('device_id', 'in', deviceIds)
    .execute();
  expect(rows.length).toBe(placed.size);
  expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
  expect(new Set(rows.map((r) => r.ticket)).size).toBe(rows.length);
  expect(new Set(rows.map((r) => r.id))).toEqual(new Set(placed.keys()));
  const sumOf = (fens: number[]) => fens.reduce((sum, fen) => sum + fen, 0);
  expect(sumOf(rows.map((r) => Number(r.total_fen)))).toBe(
    sumOf([...placed.values()].map(({ draft }) => draft.totalFen)),
  );
  for (const row of rows) {
    const { draft, deviceId } = placed.get(row.id) as { draft: OrderDraft; deviceId: string };
    expect(row).toEqual({
      id: draft.id,
      ticket: draft.ticket,
      store_id: draft.storeId,
      device_id: deviceId,
      number: draft.number,
      total_fen: draft.totalFen,
    });
  }

  // No number sold twice, anywhere; each sale told to the store's kiosks exactly once.
  const doubleSold = await db
    .selectFrom('orders')
    .select(['number', (eb) => eb.fn.countAll<number>().as('count')])
    .where('number', 'is not', null)
    .groupBy('number')
    .having((eb) => eb.fn.countAll(), '>', 1)
    .execute();
  expect(doubleSold).toEqual([]);
  const soldNumbers = rows.flatMap((r) => (r.number ? [r.number] : []));
  if (soldNumbers.length > 0) {
    const states = await db
      .selectFrom('numbers')
      .select(['number', 'status'])
      .where('number', 'in', soldNumbers)
      .execute();
    expect(states.filter((s) => s.status === 'sold').length).toBe(soldNumbers.length);
    const told = await db
      .selectFrom('changes')
      .select(['key', 'data'])
      .where('entity', '=', 'number')
      .where('seq', '>', changesBefore)
      .where('key', 'in', soldNumbers)
      .execute();
    expect(told.map((c) => c.key).sort()).toEqual([...soldNumbers].sort());
  }

  const events = await db
    .selectFrom('order_events')
    .select(['order_id', 'status'])
    .where(
      'order_id',
      'in',
      rows.map((r) => r.id),
    )
    .execute();
  expect(events.length).toBe(rows.length);
  expect(new Set(events.map((e) => e.order_id)).size).toBe(rows.length);
  const analytics = await db
    .selectFrom('analytics_events')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('device_id', 'in', deviceIds)
    .executeTakeFirstOrThrow();
  expect(Number(analytics.count)).toBe(sumOf(kiosks.map((k) => k.events.size)));
  const recorded = await db
    .selectFrom('applied_mutations')
    .select(['status'])
    .where('device_id', 'in', deviceIds)
    .execute();
  expect(recorded.length).toBe(mutations);
  expect(recorded.filter((r) => r.status === 'pending')).toEqual([]);
}
