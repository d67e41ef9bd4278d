import { sql } from 'kysely';
import {
  funnelRates,
  type FunnelReport,
  type FunnelSteps,
  type FunnelZone,
  type ReportName,
} from '../../shared';
import type { Db } from '../db/schema';
import { reportEvents } from './report-sql';
import { rangeMs } from './sales-repo';

/** Which kiosk event counts as which step; `experience.finished` and `funnel.step` do not. */
const stepOfEvent = {
  'zone.viewed': 'views',
  'experience.started': 'plays',
  'getThis.tapped': 'taps',
} as const;
const eventNames = Object.keys(stepOfEvent) as (keyof typeof stepOfEvent)[];

type StepCounts = Map<string, Map<string, FunnelSteps>>; // store → zone → steps

const noSteps = (): FunnelSteps => ({ views: 0, plays: 0, taps: 0, orders: 0 });

function stepsAt(counts: StepCounts, storeId: string, zoneId: string): FunnelSteps {
  let zones = counts.get(storeId);
  if (!zones) counts.set(storeId, (zones = new Map()));
  let steps = zones.get(zoneId);
  if (!steps) zones.set(zoneId, (steps = noSteps()));
  return steps;
}

const sumSteps = (a: FunnelSteps, b: FunnelSteps): FunnelSteps => ({
  views: a.views + b.views,
  plays: a.plays + b.plays,
  taps: a.taps + b.taps,
  orders: a.orders + b.orders,
});

/**
 * Zone views → experience plays → "get this" taps → orders, per zone and per store. Events and
 * orders alike are dated by their corrected time (the kiosk's clock corrected by its offset at
 * the push that brought them); an order counts for the zone
 * whose offer led to it (`orders.zone_id`), whatever its status.
 */
export async function funnelReport(
  db: Db,
  filter: { from: string; to: string; storeId: string | undefined },
): Promise<FunnelReport> {
  const { start, end, fromDay, toDay } = rangeMs(filter.from, filter.to);
  let stores = db.selectFrom('stores').select(['id', 'name']).orderBy('sort').orderBy('id');
  if (filter.storeId !== undefined) {
    stores = stores.where('id', '=', filter.storeId);
  }
  const byStore = filter.storeId === undefined ? sql`` : sql`and store_id = ${filter.storeId}`;
  // Orders from the daily rollup ('' = no zone): the range is whole store days.
  const orders = sql<{ store_id: string; zone_id: string | null; count: number }>`
    select store_id, zone_id, sum(orders) as count from sales_daily
    where store_day >= ${fromDay} and store_day <= ${toDay} and zone_id <> '' ${byStore}
    group by store_id, zone_id
    having sum(orders) > 0`;
  const names = sql.join(eventNames.map((name) => sql`${name}`));
  const events = sql<{ store_id: string; zone_id: string | null; name: string; count: number }>`
    select store_id, zone_id, name, count(*) as count from ${reportEvents(db, filter.storeId)}
    where corrected_at >= ${start} and corrected_at < ${end}
      and name in (${names}) and zone_id is not null ${byStore}
    group by store_id, zone_id, name`;
  const [{ rows: eventRows }, { rows: orderRows }, storeRows, zoneRows] = await Promise.all([
    events.execute(db),
    orders.execute(db),
    stores.execute(),
    db.selectFrom('zones').select(['id', 'name_zh', 'name_en']).orderBy('sort').execute(),
  ]);

  const counts: StepCounts = new Map();
  for (const row of eventRows) {
    const step = stepOfEvent[row.name as keyof typeof stepOfEvent];
    if (step && row.zone_id) stepsAt(counts, row.store_id, row.zone_id)[step] += Number(row.count);
  }
  for (const row of orderRows) {
    if (row.zone_id) stepsAt(counts, row.store_id, row.zone_id).orders += Number(row.count);
  }

  const zoneNames = new Map<string, ReportName>(
    zoneRows.map((z) => [z.id, { zh: z.name_zh, en: z.name_en }]),
  );
  // Zones deleted since still show under their id; current zones show even with nothing.
  const zoneIds = [...zoneNames.keys()];
  for (const zones of counts.values())
    for (const zoneId of zones.keys()) if (!zoneNames.has(zoneId)) zoneIds.push(zoneId);
  const zoneIdsInOrder = [...new Set(zoneIds)];

  const row = (zoneId: string, steps: FunnelSteps): FunnelZone => ({
    zoneId,
    name: zoneNames.get(zoneId) ?? { zh: zoneId, en: zoneId },
    ...steps,
    ...funnelRates(steps),
  });
  const perStore = storeRows.map((store) => ({
    storeId: store.id,
    name: store.name,
    zones: zoneIdsInOrder.map((zoneId) =>
      row(zoneId, counts.get(store.id)?.get(zoneId) ?? noSteps()),
    ),
  }));
  const zones = zoneIdsInOrder.map((zoneId) =>
    row(
      zoneId,
      [...counts.values()].map((z) => z.get(zoneId) ?? noSteps()).reduce(sumSteps, noSteps()),
    ),
  );
  const overall = zones.reduce<FunnelSteps>(sumSteps, noSteps());
  return {
    from: filter.from,
    to: filter.to,
    storeId: filter.storeId ?? null,
    totals: { ...overall, ...funnelRates(overall) },
    zones,
    stores: perStore,
  };
}
