import { sql } from 'kysely';
import {
  addSalesTotals,
  emptySalesTotals,
  storeDayNumber,
  storeDayOfInstant,
  storeDayStartMs,
  type SalesTotals,
  type TodayReport,
} from '../../shared';
import type { Db } from '../db/schema';

const hourMs = 3_600_000;
const dayMs = 86_400_000;
const storeOffsetMs = 8 * hourMs;
/** How many of the newest orders the live strip lists. */
export const latestOrdersShown = 8;

const storeHourExpr = sql<number>`((corrected_at + ${sql.lit(storeOffsetMs)}) % ${sql.lit(dayMs)}) / ${sql.lit(hourMs)}`;

/**
 * Today so far in the stores' calendar: totals, by hour and the newest orders, with what was
 * sold and never who bought it (no name, ID number or phone is even selected).
 */
export async function todayReport(
  db: Db,
  filter: { storeId: string | undefined; now: number },
): Promise<TodayReport> {
  const dayNumber = storeDayNumber(filter.now);
  const start = storeDayStartMs(dayNumber);
  const end = storeDayStartMs(dayNumber + 1);
  let hours = db
    .selectFrom('orders')
    .select([
      sql<number>`${storeHourExpr}`.as('hour'),
      sql<number>`count(*)`.as('orders'),
      sql<number>`cast(sum(case when status <> 'cancelled' then total_fen else 0 end) as bigint)`.as(
        'revenue',
      ),
      sql<number>`cast(sum(case when status = 'activated' then 1 else 0 end) as bigint)`.as(
        'activated',
      ),
      sql<number>`cast(sum(case when status = 'cancelled' then 1 else 0 end) as bigint)`.as(
        'cancelled',
      ),
    ])
    .where('corrected_at', '>=', start)
    .where('corrected_at', '<', end)
    .groupBy(sql`1`);
  let latest = db
    .selectFrom('orders as o')
    .innerJoin('stores as s', 's.id', 'o.store_id')
    .leftJoin('handsets as h', 'h.id', 'o.handset_id')
    .leftJoin('plans as p', 'p.id', 'o.plan_id')
    .select([
      'o.ticket',
      'o.store_id',
      's.name as store_name',
      'o.corrected_at',
      'h.brand',
      'h.model',
      'p.name_zh',
      'p.name_en',
      'o.total_fen',
      'o.status',
    ])
    .where('o.corrected_at', '>=', start)
    .where('o.corrected_at', '<', end)
    .orderBy('o.corrected_at', 'desc')
    .orderBy('o.id', 'desc')
    .limit(latestOrdersShown);
  if (filter.storeId !== undefined) {
    hours = hours.where('store_id', '=', filter.storeId);
    latest = latest.where('o.store_id', '=', filter.storeId);
  }
  const [hourRows, latestRows] = await Promise.all([hours.execute(), latest.execute()]);

  const byHour = Array.from({ length: 24 }, (_, hour) => ({ hour, ...emptySalesTotals }));
  for (const row of hourRows) {
    const slot = byHour[Number(row.hour)];
    if (!slot) continue;
    slot.orders = Number(row.orders);
    slot.revenueFen = Number(row.revenue);
    slot.activated = Number(row.activated);
    slot.cancelled = Number(row.cancelled);
  }
  const totals = byHour.reduce<SalesTotals>(
    (sum, { hour: _hour, ...slot }) => addSalesTotals(sum, slot),
    emptySalesTotals,
  );
  return {
    day: storeDayOfInstant(filter.now),
    storeId: filter.storeId ?? null,
    totals,
    byHour,
    latest: latestRows.map((row) => ({
      ticket: row.ticket,
      storeId: row.store_id,
      storeName: row.store_name,
      at: row.corrected_at,
      handset: row.brand && row.model ? `${row.brand} ${row.model}` : null,
      plan: row.name_zh && row.name_en ? { zh: row.name_zh, en: row.name_en } : null,
      totalFen: row.total_fen,
      status: row.status,
    })),
    serverTime: filter.now,
  };
}
