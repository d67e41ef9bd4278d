import type { MutationOf } from '../../shared';
import { findStoreNumbers } from '../content/numbers-repo';
import { storePrices } from '../content/store-catalogue';
import { inBatches } from '../db/batches';
import type { Db } from '../db/schema';
import { liveHolds } from '../numbers/holds-repo';
import type { OrderLookups } from './place-order';

const unique = (values: (string | null)[]) => [
  ...new Set(values.filter((value): value is string => value !== null)),
];

/**
 * One read per kind for all the batch's orders: the store's prices of the handsets and plans
 * they name, the numbers they chose and their live holds at `now`, and (`existingOrders`)
 * which of their order ids exist already; without it the orders' primary key is left to object.
 */
export async function loadOrderLookups(
  db: Db,
  storeId: string,
  orders: readonly MutationOf<'order.place'>[],
  options: { existingOrders: boolean; now: number },
): Promise<OrderLookups> {
  const drafts = orders.map((order) => order.payload);
  const prices = await storePrices(db, storeId, {
    handsetIds: unique(drafts.map((draft) => draft.handsetId)),
    planIds: unique(drafts.map((draft) => draft.planId)),
    bundleIds: unique(drafts.map((draft) => draft.bundleId)),
    serviceIds: unique(drafts.flatMap((draft) => draft.serviceIds)),
  });
  const badges = unique(drafts.map((draft) => draft.clerkBadge));
  const clerks = new Map<string, string>();
  if (badges.length > 0) {
    const rows = await db
      .selectFrom('users')
      .select(['id', 'badge'])
      .where('store_id', '=', storeId)
      .where('role', '=', 'clerk')
      .where('badge', 'in', badges)
      .execute();
    for (const row of rows) if (row.badge !== null) clerks.set(row.badge, row.id);
  }
  const numberList = unique(drafts.map((draft) => draft.number));
  const numbers =
    numberList.length > 0 ? await findStoreNumbers(db, storeId, numberList) : new Map();
  const holders = numberList.length > 0 ? await liveHolds(db, numberList, options.now) : new Map();
  const existingOrderIds = new Set<string>();
  if (!options.existingOrders) return { ...prices, clerks, numbers, holders, existingOrderIds };
  for (const ids of inBatches(unique(drafts.map((draft) => draft.id)), 1000)) {
    const rows = await db.selectFrom('orders').select('id').where('id', 'in', ids).execute();
    for (const row of rows) existingOrderIds.add(row.id);
  }
  return { ...prices, clerks, numbers, holders, existingOrderIds };
}
