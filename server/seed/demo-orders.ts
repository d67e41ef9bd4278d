import {
  correctOrderTime,
  orderConsentVersion,
  priceCart,
  ticketFromUuid,
  type CancelReason,
  type Handset,
  type OrderStatus,
  type Plan,
  type PoolNumber,
} from '../../shared';
import type { NewOrderRow } from '../db/schema';
import { demoCustomer } from './demo-customers';
import { demoBadge } from './demo-offers';
import type { DemoStore } from './demo-stores';
import { seededRandom, type Random } from './random';

const day = 86_400_000;
const hour = 3_600_000;

export interface StoreStaff {
  store: DemoStore;
  deviceIds: string[];
  clerkIds: string[];
  managerId: string;
  /** Handsets the store stocks: what its customers buy. */
  handsets: Handset[];
}

export interface DemoOrderEvent {
  order_id: string;
  status: OrderStatus;
  actor: string;
  at: number;
  note: string | null;
}

/** Why demo orders were cancelled: before activation, and of activated lines. */
const earlyReasons: [CancelReason, string | null][] = [
  ['customer_changed_mind', null],
  ['customer_changed_mind', '想再比较一下'],
  ['id_check_failed', '证件已过期'],
  ['out_of_stock', null],
  ['number_unavailable', null],
  ['duplicate', '同一位顾客下了两次'],
  ['other', '顾客要换套餐，重新下单'],
];
const lateReasons: [CancelReason, string | null][] = [
  ['early_churn', '携号转出'],
  ['early_churn', null],
  ['duplicate', '重复开户'],
];

/** Where an order of a given age stands today: old ones are activated, new ones still open. */
function statusForAge(ageMs: number, random: Random): OrderStatus {
  const r = random.next();
  if (ageMs > 7 * day) return r < 0.88 ? 'activated' : r < 0.94 ? 'cancelled' : 'confirmed';
  if (ageMs > day)
    return r < 0.6 ? 'activated' : r < 0.9 ? 'confirmed' : r < 0.93 ? 'cancelled' : 'received';
  return r < 0.5 ? 'received' : r < 0.9 ? 'confirmed' : 'activated';
}

/** A moment in shop hours (10:00–21:30 Beijing time, UTC+8) `daysAgo` days before `now`. */
function shopTime(now: number, daysAgo: number, random: Random): number {
  const midnightUtc = Math.floor((now - daysAgo * day) / day) * day;
  const at = midnightUtc + 2 * hour + random.int(0, 11.5 * hour);
  return at < now ? at : at - day;
}

/**
 * `count` orders over the last `days` days, spread over the stores by weight. Numbers taken
 * by an order are marked sold in `numbers` (the caller inserts the pool afterwards).
 */
export function demoOrderHistory(input: {
  staff: StoreStaff[];
  plans: Plan[];
  numbers: PoolNumber[];
  count: number;
  days: number;
  now: number;
  random: Random;
}): { orders: NewOrderRow[]; events: DemoOrderEvent[] } {
  const { staff, plans, numbers, count, days, now, random } = input;
  const weights = staff.map((s) => s.store.weight);
  const totalWeight = weights.reduce((a, b) => a + b, 0);
  const ordinaryFree = new Map<string, PoolNumber[]>(
    staff.map((s) => [
      s.store.id,
      numbers.filter((n) => n.storeId === s.store.id && n.priceFen === 0),
    ]),
  );
  const cheaperPlans = plans.flatMap(
    (plan) => Array(Math.max(1, Math.round(40_000 / plan.monthlyFeeFen))).fill(plan) as Plan[],
  );
  const orders: NewOrderRow[] = [];
  const events: DemoOrderEvent[] = [];
  // The order's life (clerk, cancellation) draws from its own stream, so the orders themselves
  // come out as they always did.
  const life = seededRandom(20_091_001);

  for (let i = 0; i < count; i++) {
    let roll = random.next() * totalWeight;
    const shop = staff.find((_, index) => (roll -= weights[index] ?? 0) < 0) ?? staff[0];
    if (!shop || shop.handsets.length === 0) continue;
    const createdAt = shopTime(now, Math.floor(random.next() ** 1.4 * days), random);
    const handset = random.pick(shop.handsets);
    const plan = random.chance(0.85) ? random.pick(cheaperPlans) : null;
    const free = ordinaryFree.get(shop.store.id) ?? [];
    const number =
      random.chance(0.3) && free.length > 0
        ? free.splice(random.int(0, free.length - 1), 1)[0]
        : undefined;
    if (number) number.status = 'sold';
    const pricing = priceCart({ handset, plan, number: number ?? null });
    const id = random.uuid();
    const deviceId = random.pick(shop.deviceIds);
    const receivedAt =
      createdAt + (random.chance(0.05) ? random.int(hour, 6 * hour) : random.int(200, 30_000));
    const customer = demoCustomer(random, shop.store.idRegion, createdAt);
    const status = statusForAge(now - createdAt, random);
    // Drawn in this order (colour, then offset) to keep the seeded demo as it was.
    const colour = handset.colours.length > 0 ? random.pick(handset.colours) : null;
    const clockOffsetMs = random.int(-2_000, 2_000);
    const clock = correctOrderTime({ deviceTime: createdAt, offsetMs: clockOffsetMs, receivedAt });
    orders.push({
      id,
      ticket: ticketFromUuid(id),
      store_id: shop.store.id,
      device_id: deviceId,
      handset_id: handset.id,
      colour,
      plan_id: plan?.id ?? null,
      number: number?.number ?? null,
      customer_name: customer.name,
      id_number: customer.idNumber,
      customer_phone: customer.phone,
      lines: JSON.stringify(pricing.lines),
      total_fen: pricing.totalFen,
      status,
      device_created_at: createdAt,
      received_at: receivedAt,
      clock_offset_ms: clockOffsetMs,
      corrected_at: clock.correctedAt,
      clock_suspect: clock.suspicion,
      // Ticked while the customer filled in the form; a fixed lead draws nothing from `random`.
      consent_text_version: orderConsentVersion,
      consent_given_at: createdAt - 40_000,
    });

    const clerkIndex = random.int(0, shop.clerkIds.length - 1);
    const clerk = `user:${shop.clerkIds[clerkIndex]}`;
    // Most customers are helped by a clerk who types their badge; the rest are the store's.
    const order = orders.at(-1);
    if (order && life.chance(0.7)) {
      order.clerk_id = shop.clerkIds[clerkIndex] ?? null;
      order.clerk_badge = demoBadge(shop.store.sort, clerkIndex === 0 ? 1 : 2);
    }
    const event = (status: OrderStatus, actor: string, at: number, note: string | null = null) =>
      events.push({ order_id: id, status, actor, at: Math.min(now, at), note });
    event('received', `device:${deviceId}`, receivedAt);
    const confirmedAt = Math.min(now, receivedAt + random.int(10 * 60_000, hour));
    const activatedAt = Math.min(now, confirmedAt + random.int(hour, 24 * hour));
    if (status === 'cancelled') {
      // Cancelled before it was switched on, or an activated line lost again (mostly churn).
      const stage = life.next();
      const late = stage < 0.4 && now - activatedAt > 2 * day;
      const [reason, note] = life.pick(late ? lateReasons : earlyReasons);
      if (order) order.cancel_reason = reason;
      if (late || stage < 0.7) {
        event('confirmed', clerk, confirmedAt);
        if (order) order.paid_fen = order.total_fen;
      }
      if (late) event('activated', clerk, activatedAt);
      const after = late
        ? activatedAt + life.int(2 * day, 80 * day)
        : confirmedAt + life.int(hour, 48 * hour);
      // A cancelled order gives its number back to the pool.
      if (number) number.status = 'available';
      event('cancelled', `user:${shop.managerId}`, after, note);
      continue;
    }
    if (status !== 'received') {
      event('confirmed', clerk, confirmedAt, life.chance(0.1) ? '已核对身份证原件' : null);
      // Paid at the counter as the clerk confirmed.
      if (order) order.paid_fen = order.total_fen;
    }
    if (status === 'activated') event('activated', clerk, activatedAt);
  }
  return { orders, events };
}
