import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  orderConsentVersion,
  parseMutation,
  priceCart,
  ticketFromUuid,
  type Bundle,
  type OrderDraft,
  type Plan,
  type Service,
  type PushMutationEnvelope,
} from '../../shared';
import { answersOf, decideBatch } from '../../server/sync/decide-batch';
import type { OrderLookups } from '../../server/sync/place-order';

const device = { id: 'kiosk-1', storeId: 'bj-xidan', clockOffsetMs: null };
const context = { receivedAt: 1_800_000_000_000, clockOffsetMs: 2_000 };
const plan: Plan = {
  id: 'biz-186',
  name: { zh: '商旅 186', en: 'Business 186' },
  monthlyFeeFen: 18_600,
  voiceMinutes: 500,
  dataMb: 300,
  sms: 100,
  videoCallMinutes: 30,
  contractMonths: 24,
  handsetSubsidyFen: 50_000,
  sort: 1,
};
const text = (en: string) => ({ zh: en, en });
const mail: Service = {
  id: 'mail',
  kind: 'mail',
  name: text('Mobile e-mail'),
  summary: text('Push mail'),
  monthlyFeeFen: 500,
  sort: 1,
};
const ringback: Service = { ...mail, id: 'ringback', kind: 'ringback', monthlyFeeFen: 300 };
const giftBox: Bundle = {
  id: 'n8-box',
  name: text('N8 business box'),
  summary: text('N8, case, mail'),
  handsetId: 'nokia-n8',
  planId: 'biz-186',
  serviceIds: ['mail'],
  gifts: [{ name: text('Leather case'), valueFen: 9_900 }],
  priceFen: 279_900,
  sort: 1,
};
const lookups: OrderLookups = {
  handsetPrices: new Map([['nokia-n8', 299_900]]),
  plans: new Map([[plan.id, plan]]),
  bundles: new Map([[giftBox.id, giftBox]]),
  services: new Map([
    [mail.id, mail],
    [ringback.id, ringback],
  ]),
  clerks: new Map([['1021', 'user-bj-xidan-clerk1']]),
  numbers: new Map([
    ['13001234567', { status: 'available', priceFen: 0, tierId: 'ordinary', minPlanFeeFen: 0 }],
    ['13001234568', { status: 'sold', priceFen: 0, tierId: 'ordinary', minPlanFeeFen: 0 }],
    // A number whose tier asks for a plan of ¥186 a month or more: this plan just qualifies.
    ['13001238888', { status: 'available', priceFen: 0, tierId: 'gold', minPlanFeeFen: 18_600 }],
    ['13001239999', { status: 'available', priceFen: 0, tierId: 'gold', minPlanFeeFen: 18_601 }],
  ]),
  existingOrderIds: new Set(['00000000-0000-4000-8000-000000000001']),
};

function draft(number: string | null = null, id = randomUUID()): OrderDraft {
  const priced = priceCart({
    handset: { id: 'nokia-n8', priceFen: 299_900 },
    plan,
    number: number ? { number, priceFen: 0 } : null,
  });
  return {
    id,
    ticket: ticketFromUuid(id),
    storeId: 'bj-xidan',
    handsetId: 'nokia-n8',
    colour: null,
    planId: plan.id,
    number,
    bundleId: null,
    zoneId: null,
    serviceIds: [],
    clerkBadge: null,
    customer: { name: '李四', idNumber: '11010519491231002X', phone: '13800138000' },
    consent: { textVersion: orderConsentVersion, givenAt: context.receivedAt - 90_000 },
    lines: priced.lines,
    totalFen: priced.totalFen,
    createdAt: context.receivedAt - 60_000,
  };
}

const envelope = (
  payload: unknown,
  type = 'order.place',
  id = randomUUID(),
): PushMutationEnvelope => ({
  id,
  type,
  payload,
  createdAt: context.receivedAt - 60_000,
});

function decide(envelopes: PushMutationEnvelope[], previous = new Map()) {
  return decideBatch(device, envelopes, envelopes.map(parseMutation), previous, lookups, context);
}

describe('decideBatch', () => {
  it('holds an order whose number asks for a dearer plan than the one chosen', () => {
    const plan = decide([envelope(draft('13001238888')), envelope(draft('13001239999'))]);
    expect(answersOf(plan).map((a) => [a.status, a.reason])).toEqual([
      ['applied', undefined],
      ['conflict', 'number_needs_plan'],
    ]);
    // The number of the held order stays unsold; the queue learns what the plan pays.
    expect(plan.sales.map((sale) => sale.number)).toEqual(['13001238888']);
    expect(plan.conflicts.map((c) => [c.facts.reason, c.facts.planFeeFen])).toEqual([
      ['number_needs_plan', lookups.plans.get(draft().planId ?? '')?.monthlyFeeFen],
    ]);
  });

  it('lets the first of two orders for one number win and asks alternatives for the second', () => {
    const plan = decide([envelope(draft('13001234567')), envelope(draft('13001234567'))]);
    expect(answersOf(plan).map((a) => [a.status, a.reason])).toEqual([
      ['applied', undefined],
      ['conflict', 'number_unavailable'],
    ]);
    expect(plan.sales).toEqual([{ number: '13001234567', priceFen: 0 }]);
    expect(plan.conflicts.map((c) => [c.facts.reason, c.facts.priceFen])).toEqual([
      ['number_unavailable', 0],
    ]);
    expect(plan.orders).toHaveLength(1);
  });

  it('answers a mutation id repeated in the batch once, the repeat as a retry', () => {
    const first = envelope(draft());
    const plan = decide([first, { ...first }]);
    const [applied, repeat] = answersOf(plan);
    expect(applied?.status).toBe('applied');
    expect(repeat).toEqual({ id: first.id, status: 'duplicate', result: applied?.result });
    expect(plan.records).toHaveLength(1);
    expect(plan.orders).toHaveLength(1);
  });

  it('returns the stored answer of a mutation seen in an earlier push and writes nothing for it', () => {
    const seen = envelope(draft());
    const stored = {
      id: seen.id,
      status: 'duplicate' as const,
      result: { orderId: 'x', ticket: 'y' },
    };
    const plan = decide([seen], new Map([[seen.id, stored]]));
    expect(answersOf(plan)).toEqual([stored]);
    expect(plan.records).toEqual([]);
    expect(plan.orders).toEqual([]);
  });

  it('refuses what it must, in the documented order', () => {
    const foreign = { ...draft(), storeId: 'cd-chunxi' };
    const unknownPlan = { ...draft(), planId: 'no-plan' };
    const existing = draft(null, '00000000-0000-4000-8000-000000000001');
    const sold = draft('13001234568');
    const cheap = { ...draft(), totalFen: 1 };
    const invalid = { ...draft(), customer: { name: '', idNumber: 'x', phone: '1' } };
    const plan = decide(
      [foreign, unknownPlan, existing, sold, cheap, invalid].map((d) => envelope(d)),
    );
    expect(answersOf(plan).map((a) => [a.status, a.reason?.split(':')[0]])).toEqual([
      ['rejected', 'wrong_store'],
      ['rejected', 'unknown_plan'],
      ['rejected', 'duplicate_order'],
      ['conflict', 'number_unavailable'],
      ['conflict', 'price_changed'],
      ['rejected', 'customer.name'],
    ]);
    expect(plan.orders).toEqual([]);
    expect(plan.records).toHaveLength(6);
    // Both conflicts go to the store's queue; the price conflict with what today's prices give.
    expect(plan.conflicts.map((c) => [c.draft.id, c.facts.reason, c.facts.todayTotalFen])).toEqual([
      [sold.id, 'number_unavailable', null],
      [cheap.id, 'price_changed', draft().totalFen],
    ]);
  });

  it('prices a gift box and services as the kiosk does, and credits the clerk by badge', () => {
    const boxed = (change: Partial<OrderDraft> = {}): OrderDraft => {
      const base = { ...draft(), bundleId: giftBox.id, serviceIds: ['mail', 'ringback'] };
      const priced = priceCart({
        handset: { id: 'nokia-n8', priceFen: 299_900 },
        plan,
        number: null,
        bundle: giftBox,
        services: [mail, ringback],
      });
      return { ...base, lines: priced.lines, totalFen: priced.totalFen, ...change };
    };
    const honest = boxed({ clerkBadge: '1021' });
    // A kiosk that left out the bundle's price would sell the handset at the subsidised price.
    const tampered = boxed({
      lines: boxed().lines.map((line) =>
        line.kind === 'service' && line.refId === 'ringback' ? { ...line, unitFen: 0 } : line,
      ),
      totalFen: boxed().totalFen - 300,
    });
    const strangerBadge = boxed({ clerkBadge: '9999' });
    const batch = decide(
      [
        honest,
        tampered,
        strangerBadge,
        boxed({ serviceIds: ['ringback'] }),
        boxed({ bundleId: 'gone' }),
        boxed({ serviceIds: ['mail', 'sms-pack'] }),
      ].map((d) => envelope(d)),
    );
    expect(answersOf(batch).map((a) => [a.status, a.reason])).toEqual([
      ['applied', undefined],
      ['conflict', 'price_changed'],
      ['applied', undefined],
      ['rejected', 'bundle_mismatch'],
      ['rejected', 'unknown_bundle'],
      ['rejected', 'unknown_service'],
    ]);
    expect(honest.totalFen).toBe(279_900 + 18_600 + 0 + 300);
    expect(
      batch.orders.map((o) => [o.bundle_id, o.service_ids, o.clerk_badge, o.clerk_id]),
    ).toEqual([
      ['n8-box', '["mail","ringback"]', '1021', 'user-bj-xidan-clerk1'],
      // A badge nobody in the store wears: the sale is the store's, the badge kept as typed.
      ['n8-box', '["mail","ringback"]', '9999', null],
    ]);
  });

  it('dates an applied order by the corrected clock', () => {
    const order = draft();
    const plan = decide([envelope(order)]);
    expect(plan.orders[0]).toMatchObject({
      device_created_at: order.createdAt,
      corrected_at: order.createdAt + 2_000,
      clock_offset_ms: 2_000,
      clock_suspect: null,
      total_fen: order.totalFen,
    });
  });

  it('keeps only the newest heartbeat of a batch', () => {
    const beat = (outboxDepth: number, createdAt: number) => ({
      ...envelope(
        {
          appVersion: '1',
          contentCursor: 1,
          outboxDepth,
          lastSyncAt: null,
          storageUsage: null,
          storageQuota: null,
          persisted: null,
        },
        'heartbeat',
      ),
      createdAt,
    });
    const plan = decide([beat(3, 300), beat(1, 100), beat(2, 300)]);
    expect(plan.heartbeat?.heartbeat.outboxDepth).toBe(2);
    expect(answersOf(plan).every((a) => a.status === 'applied')).toBe(true);
  });
});
