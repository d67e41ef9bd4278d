import type { Kysely } from 'kysely';
import {
  dayNumberOf,
  districtKeyOf,
  storeDayNumber,
  storeDayStartMs,
  timeBucketKey,
  type SalesGroupBy,
  type SalesTotals,
} from '../../../shared';
import type { Database } from '../../../server/db/schema';

/**
 * The reference the sales reports are checked against: the order rows of a range of store
 * days read plainly, and their totals and group keys computed in plain code.
 */
export async function orderRowsOfRange(
  db: Kysely<Database>,
  range: { from: string; to: string; storeId?: string },
) {
  return db
    .selectFrom('orders')
    .innerJoin('stores', 'stores.id', 'orders.store_id')
    .select([
      'orders.store_id',
      'orders.status',
      'orders.total_fen',
      'orders.corrected_at',
      'orders.handset_id',
      'orders.plan_id',
      'orders.bundle_id',
      'orders.clerk_id',
      'orders.zone_id',
      'stores.type',
      'stores.city',
      'stores.district',
    ])
    .where('orders.corrected_at', '>=', storeDayStartMs(dayNumberOf(range.from)!))
    .where('orders.corrected_at', '<', storeDayStartMs(dayNumberOf(range.to)! + 1))
    .$if(range.storeId !== undefined, (q) => q.where('orders.store_id', '=', range.storeId!))
    .execute();
}

export type ReferenceRow = Awaited<ReturnType<typeof orderRowsOfRange>>[number];

/** Every order counts; revenue leaves cancelled ones out. */
export function expectedTotals(
  rows: readonly Pick<ReferenceRow, 'status' | 'total_fen'>[],
): SalesTotals {
  return {
    orders: rows.length,
    revenueFen: rows.reduce((sum, r) => sum + (r.status === 'cancelled' ? 0 : r.total_fen), 0),
    activated: rows.filter((r) => r.status === 'activated').length,
    cancelled: rows.filter((r) => r.status === 'cancelled').length,
  };
}

/** The group a row falls in for each grouping of the report. */
export const referenceKeyOf: Record<SalesGroupBy, (row: ReferenceRow) => string | null> = {
  day: (r) => timeBucketKey('day', storeDayNumber(r.corrected_at)),
  week: (r) => timeBucketKey('week', storeDayNumber(r.corrected_at)),
  month: (r) => timeBucketKey('month', storeDayNumber(r.corrected_at)),
  store: (r) => r.store_id,
  storeType: (r) => r.type,
  district: (r) => districtKeyOf(r),
  zone: (r) => r.zone_id,
  handset: (r) => r.handset_id,
  plan: (r) => r.plan_id,
  bundle: (r) => r.bundle_id,
  clerk: (r) => r.clerk_id,
};
