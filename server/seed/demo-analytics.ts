import type { Insertable } from 'kysely';
import { storeDayNumber, storeDayStartMs } from '../../shared';
import { insertAnalyticsEvents } from '../sync/analytics-repo';
import type { AnalyticsEventsTable, Db, NewOrderRow } from '../db/schema';
import type { StoreStaff } from './demo-orders';
import { seededRandom, type Random } from './random';

const minute = 60_000;
const hour = 60 * minute;

/** Share of orders that came through a zone's "get this" (the rest from the catalogue). */
const fromZoneShare = 0.4;
/** Browsing customers per order in a store day: most look and leave. */
const visitorsPerOrder = 6;

/** How each zone's crowd behaves: plays per view and "get this" taps per play. */
const zoneHabits = [
  { play: 0.55, tap: 0.18 },
  { play: 0.45, tap: 0.12 },
  { play: 0.6, tap: 0.1 },
  { play: 0.4, tap: 0.14 },
  { play: 0.5, tap: 0.22 },
];

type EventRow = Insertable<AnalyticsEventsTable>;

/**
 * The kiosks' anonymous events behind the demo's orders, so the funnel reads like a store's:
 * a share of the orders is attributed to the zone whose offer led to them (their `zone_id` is
 * set here, before they are inserted), and each such order has its view → play → tap a few
 * minutes before it. Other customers browse and leave: views, some plays, a few taps.
 * Draws from its own random stream so the rest of the demo comes out as before.
 */
export async function seedDemoAnalytics(
  db: Db,
  input: { orders: NewOrderRow[]; staff: StoreStaff[]; now: number; days: number },
): Promise<number> {
  const random = seededRandom(20_090_517);
  const zones = await db.selectFrom('zones').select('id').orderBy('sort').execute();
  const experiences = await db.selectFrom('experiences').select(['id', 'zone_id']).execute();
  if (zones.length === 0) return 0;
  const experiencesOf = (zoneId: string) =>
    experiences.filter((e) => e.zone_id === zoneId).map((e) => e.id);
  const devicesOf = new Map(input.staff.map((s) => [s.store.id, s.deviceIds]));
  const events: EventRow[] = [];
  const event = (
    order: { store_id: string; device_id: string },
    name: string,
    zoneId: string,
    at: number,
    experienceId: string | null = null,
  ) =>
    events.push({
      device_id: order.device_id,
      store_id: order.store_id,
      name,
      zone_id: zoneId,
      experience_id: experienceId,
      detail: null,
      device_created_at: at,
      received_at: Math.min(input.now, at + random.int(1_000, 60_000)),
      corrected_at: at,
    });

  const ordersPerStoreDay = new Map<string, number>();
  for (const order of input.orders) {
    const key = `${order.store_id}@${storeDayNumber(order.device_created_at)}`;
    ordersPerStoreDay.set(key, (ordersPerStoreDay.get(key) ?? 0) + 1);
    if (!random.chance(fromZoneShare)) continue;
    const zoneIndex = random.int(0, zones.length - 1);
    const zoneId = zones[zoneIndex]!.id;
    order.zone_id = zoneId;
    const at = order.device_created_at;
    const played = random.pick([...experiencesOf(zoneId), null]);
    event(order, 'zone.viewed', zoneId, at - random.int(8, 20) * minute);
    if (played) event(order, 'experience.started', zoneId, at - random.int(4, 7) * minute, played);
    event(order, 'getThis.tapped', zoneId, at - random.int(1, 3) * minute, played);
  }

  const today = storeDayNumber(input.now);
  for (const store of input.staff) {
    const devices = devicesOf.get(store.store.id) ?? [];
    if (devices.length === 0) continue;
    for (let day = today - input.days; day <= today; day++) {
      const orders = ordersPerStoreDay.get(`${store.store.id}@${day}`) ?? 0;
      const visitors = orders * visitorsPerOrder + random.int(0, 4);
      for (let v = 0; v < visitors; v++) {
        const at = storeDayStartMs(day) + 10 * hour + random.int(0, 11 * hour);
        if (at >= input.now) continue;
        const zoneIndex = random.int(0, zones.length - 1);
        browse(random, event, {
          at,
          zoneId: zones[zoneIndex]!.id,
          habits: zoneHabits[zoneIndex % zoneHabits.length]!,
          experiences: experiencesOf(zones[zoneIndex]!.id),
          where: { store_id: store.store.id, device_id: random.pick(devices) },
        });
      }
    }
  }

  await insertAnalyticsEvents(db, events);
  return events.length;
}

/** One visitor who looks at a zone, maybe plays an experience, rarely taps "get this". */
function browse(
  random: Random,
  event: (
    where: { store_id: string; device_id: string },
    name: string,
    zoneId: string,
    at: number,
    experienceId?: string | null,
  ) => void,
  visit: {
    at: number;
    zoneId: string;
    habits: { play: number; tap: number };
    experiences: string[];
    where: { store_id: string; device_id: string };
  },
): void {
  const { at, zoneId, habits, experiences, where } = visit;
  event(where, 'zone.viewed', zoneId, at);
  if (experiences.length === 0 || !random.chance(habits.play)) return;
  const experienceId = random.pick(experiences);
  event(where, 'experience.started', zoneId, at + random.int(10, 60) * 1_000, experienceId);
  if (random.chance(0.6))
    event(where, 'experience.finished', zoneId, at + random.int(2, 5) * minute, experienceId);
  if (random.chance(habits.tap))
    event(where, 'getThis.tapped', zoneId, at + random.int(5, 8) * minute, experienceId);
}
