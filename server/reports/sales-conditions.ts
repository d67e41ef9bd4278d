import { sql, type RawBuilder } from 'kysely';
import { hasItemFilter, isTimeGroupBy, type SalesFilters, type SalesGroupBy } from '../../shared';

export type SalesRollup = 'sales_store_daily' | 'sales_daily';

/**
 * Which rollup answers a report. `sales_store_daily` (store day × store × status, a few rows
 * per store day) holds what the time and store views group and what store type, district and
 * status filter, via the store; anything grouped or filtered by zone, handset, plan, bundle or
 * clerk needs `sales_daily`, whose key holds every one of those columns. Either is exact: a
 * range is whole store days.
 */
export function salesRollupFor(groupBy: SalesGroupBy, filters: SalesFilters): SalesRollup {
  const storeLevel =
    isTimeGroupBy(groupBy) ||
    groupBy === 'store' ||
    groupBy === 'storeType' ||
    groupBy === 'district';
  return storeLevel && !hasItemFilter(filters) ? 'sales_store_daily' : 'sales_daily';
}

const itemColumns = {
  zoneId: 'zone_id',
  handsetId: 'handset_id',
  planId: 'plan_id',
  bundleId: 'bundle_id',
  clerkId: 'clerk_id',
} as const;

/**
 * The where-clause of a rollup read: the days, the store scope, then each filter set. Type and
 * district name stores, so they read as a sub-select of the (small) stores table; the item
 * filters are columns of `sales_daily` only (`salesRollupFor` picks it when one is set).
 */
export function salesConditions(
  filter: SalesFilters & { fromDay: number; toDay: number; storeId: string | undefined },
): RawBuilder<unknown>[] {
  const conditions = [sql`store_day >= ${filter.fromDay}`, sql`store_day <= ${filter.toDay}`];
  if (filter.storeId !== undefined) conditions.push(sql`store_id = ${filter.storeId}`);
  if (filter.storeType !== undefined)
    conditions.push(sql`store_id in (select id from stores where type = ${filter.storeType})`);
  if (filter.district !== undefined)
    conditions.push(
      sql`store_id in (select id from stores where city || '/' || district = ${filter.district})`,
    );
  if (filter.status !== undefined) conditions.push(sql`status = ${filter.status}`);
  for (const [name, column] of Object.entries(itemColumns) as [keyof typeof itemColumns, string][])
    if (filter[name] !== undefined) conditions.push(sql`${sql.ref(column)} = ${filter[name]}`);
  return conditions;
}
