import type { AnalyticsEvent, OrderDraft } from '../../../shared';
import type { Random } from '../../../server/seed/random';
import { makeDraft, type Catalogue, type PoolEntry } from './order-maker';

/** What one kiosk will capture: orders (some with numbers) and analytics events, in order. */
export type PlannedItem =
  { kind: 'order'; draft: OrderDraft } | { kind: 'event'; event: AnalyticsEvent };

/** A number two or more kiosks of one store sell at about the same time: one must win. */
export interface Race {
  storeId: string;
  number: string;
  /** Indexes (into the kiosks given to `planOrders`) of the kiosks that race. */
  racers: number[];
}

export interface OrderPlan {
  perKiosk: PlannedItem[][];
  races: Race[];
  /** Losers the races must produce: sum of (racers - 1). */
  expectedLosers: number;
}

export interface PlanShape {
  ordersPerKiosk: number;
  /** Numbers sold by this kiosk alone (any tier). */
  ownNumbersPerKiosk: number;
  /** Free numbers raced for per store that has two kiosks or more. */
  racesPerStore: number;
  eventsPerKiosk: number;
}

function shuffle<T>(items: T[], random: Random): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = random.int(0, i);
    [items[i], items[j]] = [items[j] as T, items[i] as T];
  }
  return items;
}

/**
 * Plans the orders of kiosks in their stores. Races are only for free numbers and leave most
 * of the free tier unsold, so every loser can be offered alternatives of the same price.
 */
export function planOrders(
  kioskStores: readonly string[],
  catalogue: Catalogue,
  random: Random,
  shape: PlanShape,
): OrderPlan {
  const perKiosk: PlannedItem[][] = kioskStores.map(() => []);
  const numbersOf: (PoolEntry | null)[][] = kioskStores.map(() => []);
  const races: Race[] = [];
  for (const storeId of new Set(kioskStores)) {
    const members = kioskStores.flatMap((s, i) => (s === storeId ? [i] : []));
    const pool = catalogue.available(storeId);
    const free = pool.filter((n) => n.priceFen === 0);
    const priced = pool.filter((n) => n.priceFen > 0);
    const racedCount = members.length > 1 ? shape.racesPerStore : 0;
    const needed = racedCount + members.length * shape.ownNumbersPerKiosk;
    if (needed * 2 > free.length)
      throw new Error(`${storeId} has ${free.length} free numbers; the plan needs ${needed * 2}`);
    for (const entry of free.slice(0, racedCount)) {
      // Every other race has all of the store's kiosks in it, the rest two of them.
      const racers = races.length % 2 === 0 ? members : shuffle([...members], random).slice(0, 2);
      races.push({ storeId, number: entry.number, racers });
      for (const k of racers) numbersOf[k]?.push(entry);
    }
    let next = racedCount;
    for (const k of members) {
      const own = free.slice(next, next + shape.ownNumbersPerKiosk);
      next += shape.ownNumbersPerKiosk;
      // A few memorable numbers too, so totals mix tiers; each goes to one kiosk only.
      const nice = priced.splice(0, Math.min(3, priced.length));
      numbersOf[k]?.push(...own.slice(nice.length), ...nice);
    }
  }
  kioskStores.forEach((storeId, k) => {
    const numbers = numbersOf[k] ?? [];
    const slots: (PoolEntry | null)[] = [...numbers];
    while (slots.length < shape.ordersPerKiosk) slots.push(null);
    for (const number of shuffle(slots, random)) {
      perKiosk[k]?.push({ kind: 'order', draft: makeDraft(catalogue, random, storeId, number) });
    }
    for (let e = 0; e < shape.eventsPerKiosk; e++) {
      const at = random.int(0, perKiosk[k]?.length ?? 0);
      perKiosk[k]?.splice(at, 0, {
        kind: 'event',
        event: {
          name: 'zone.viewed',
          zoneId: 'zone-business',
          experienceId: null,
          detail: `e${e}`,
        },
      });
    }
  });
  const expectedLosers = races.reduce((sum, race) => sum + race.racers.length - 1, 0);
  return { perKiosk, races, expectedLosers };
}
