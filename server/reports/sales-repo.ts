import { sql } from 'kysely';
import {
  activeSalesFilters,
  addSalesTotals,
  dayNumberOf,
  emptySalesTotals,
  isTimeGroupBy,
  storeDayStartMs,
  timeBucketKey,
  timeBucketKeys,
  type OrderStatus,
  type SalesGroup,
  type SalesGroupBy,
  type SalesFilters,
  type SalesReport,
  type SalesTotals,
} from '../../shared';
import type { Db } from '../db/schema';
import { namesFor } from './group-names';
import { salesConditions, salesRollupFor } from './sales-conditions';

/** A report's range, store scope (undefined: every store) and filters. */
export interface SalesFilter extends SalesFilters {
  from: string;
  to: string;
  storeId: string | undefined;
}

/** Instants of a day range [from, to] of store days, end exclusive. */
export function rangeMs(
  from: string,
  to: string,
): { fromDay: number; toDay: number; start: number; end: number } {
  const fromDay = dayNumberOf(from);
  const toDay = dayNumberOf(to);
  if (fromDay === null || toDay === null) throw new Error(`Not a day range: ${from}..${to}`);
  return { fromDay, toDay, start: storeDayStartMs(fromDay), end: storeDayStartMs(toDay + 1) };
}

const keyColumns = {
  store: 'store_id',
  storeType: 'store_id',
  district: 'store_id',
  zone: 'zone_id',
  handset: 'handset_id',
  plan: 'plan_id',
  bundle: 'bundle_id',
  clerk: 'clerk_id',
} as const;

interface TotalsRow {
  key: string | number | null;
  orders: number;
  revenue: number;
  activated: number;
  cancelled: number;
}

/**
 * One grouped read of a daily rollup (`sales-rollup.ts`): a range is whole store days, so the
 * rollup answers every grouping and filter exactly as a scan of the orders would. Which rollup
 * is `salesRollupFor`'s choice. Rows come back per key and status (plain sums, no per-row
 * CASE) and are folded here. '' in the rollup is "none"; groups whose orders all moved away
 * (0 left) are not groups.
 */
async function groupedTotals(
  db: Db,
  groupBy: SalesGroupBy,
  filter: SalesFilter,
): Promise<TotalsRow[]> {
  const { fromDay, toDay } = rangeMs(filter.from, filter.to);
  const column = isTimeGroupBy(groupBy) ? 'store_day' : keyColumns[groupBy];
  const table = salesRollupFor(groupBy, filter);
  const key = column === 'store_day' ? sql.ref(column) : sql`nullif(${sql.ref(column)}, '')`;
  const conditions = salesConditions({ ...filter, fromDay, toDay });
  const { rows } = await sql<{
    key: string | number | null;
    status: OrderStatus;
    orders: number | string;
    total: number | string;
  }>`select ${key} as key, status, sum(orders) as orders, sum(total_fen) as total
    from ${sql.table(table)}
    where ${sql.join(conditions, sql` and `)}
    group by 1, 2`.execute(db);
  const groups = new Map<string | number | null, TotalsRow>();
  for (const row of rows) {
    const orders = Number(row.orders);
    const total = Number(row.total);
    const group = groups.get(row.key) ?? {
      key: row.key,
      orders: 0,
      revenue: 0,
      activated: 0,
      cancelled: 0,
    };
    group.orders += orders;
    if (row.status !== 'cancelled') group.revenue += total;
    if (row.status === 'activated') group.activated += orders;
    if (row.status === 'cancelled') group.cancelled += orders;
    groups.set(row.key, group);
  }
  return [...groups.values()].filter((group) => group.orders > 0);
}

const totalsOf = (row: TotalsRow): SalesTotals => ({
  orders: row.orders,
  revenueFen: row.revenue,
  activated: row.activated,
  cancelled: row.cancelled,
});

/** Largest first by revenue, then orders; ties by key so the order never flickers. */
function byRevenue(a: SalesGroup, b: SalesGroup): number {
  return (
    b.revenueFen - a.revenueFen ||
    b.orders - a.orders ||
    String(a.key ?? '').localeCompare(String(b.key ?? ''))
  );
}

/** The sales report of a range: totals per group and overall (every order in one group). */
export async function salesReport(
  db: Db,
  groupBy: SalesGroupBy,
  filter: SalesFilter,
): Promise<SalesReport> {
  const rows = await groupedTotals(db, groupBy, filter);
  const totals = rows.map(totalsOf).reduce(addSalesTotals, emptySalesTotals);
  const head = {
    from: filter.from,
    to: filter.to,
    storeId: filter.storeId ?? null,
    groupBy,
    status: filter.status ?? null,
    filters: activeSalesFilters(filter),
    totals,
  };

  if (isTimeGroupBy(groupBy)) {
    const { fromDay, toDay } = rangeMs(filter.from, filter.to);
    const buckets = new Map<string, SalesTotals>(
      timeBucketKeys(groupBy, fromDay, toDay).map((key) => [key, emptySalesTotals]),
    );
    for (const row of rows) {
      const bucket = timeBucketKey(groupBy, Number(row.key));
      buckets.set(bucket, addSalesTotals(buckets.get(bucket) ?? emptySalesTotals, totalsOf(row)));
    }
    const groups = [...buckets].map(([key, value]) => ({
      key,
      name: { zh: key, en: key },
      ...value,
    }));
    return { ...head, groups };
  }

  const keys = rows.map((row) => (row.key === null ? null : String(row.key)));
  const names = await namesFor(db, groupBy, keys);
  // Stores fold into their type or district: several rows may share one group.
  const groups = new Map<string | null, SalesGroup>();
  rows.forEach((row, index) => {
    const named = names[index] ?? { key: keys[index] ?? null, name: { zh: '?', en: '?' } };
    const previous = groups.get(named.key);
    const sum = addSalesTotals(previous ?? emptySalesTotals, totalsOf(row));
    groups.set(named.key, { key: named.key, name: named.name, ...sum });
  });
  return { ...head, groups: [...groups.values()].sort(byRevenue) };
}
