import {
  priceCart,
  type ConflictResolution,
  type NumberConflict,
  type OrderDraft,
} from '../../shared';
import { sellNumbers } from '../content/numbers-repo';
import { storePrices } from '../content/store-catalogue';
import type { Db } from '../db/schema';
import { HttpError } from '../http/http-error';
import { insertOrderEvents, insertOrders } from '../orders/orders-repo';
import { addOrdersToRollup } from '../reports/sales-rollup';
import { loadOrderLookups } from '../sync/order-lookups';
import { decideOrder } from '../sync/place-order';
import { closeConflict, conflictView, type StoredConflict } from './conflicts-repo';
import { dropHolds, liveHolds } from './holds-repo';

const resolved = () => new HttpError(409, 'conflictResolved', 'This conflict was resolved already');

/**
 * Resolves an open conflict in one transaction. `reassign` places the customer's order again
 * with another number of the store, priced with the store's prices of today and that number's
 * tier price, exactly as a push would place it; `cancel` closes it with the clerk's note.
 */
export async function resolveConflict(
  trx: Db,
  conflict: StoredConflict,
  resolution: ConflictResolution,
  by: { userId: string; now: number },
): Promise<NumberConflict> {
  // Claimed first: of two clerks resolving at once, the second finds it closed.
  const closed = await closeConflict(trx, conflict.row.id, {
    status: resolution.action === 'reassign' ? 'reassigned' : 'cancelled',
    resolution: resolution.action === 'reassign' ? resolution.number : resolution.note,
    by: by.userId,
    at: by.now,
  });
  if (!closed) throw resolved();
  if (resolution.action === 'reassign') {
    await placeWithNumber(trx, conflict, resolution.number, by.now);
  }
  return conflictView(closed);
}

async function placeWithNumber(
  trx: Db,
  conflict: StoredConflict,
  number: string,
  now: number,
): Promise<void> {
  const { row, draft } = conflict;
  const device = { id: row.device_id, storeId: row.store_id, clockOffsetMs: null };
  const repriced = await repricedDraft(trx, draft, number, row.store_id);
  const lookups = await loadOrderLookups(
    trx,
    row.store_id,
    [{ id: row.mutation_id, type: 'order.place', payload: repriced, createdAt: draft.createdAt }],
    { existingOrders: true, now },
  );
  const holder = lookups.holders?.get(number);
  if (holder !== undefined && holder !== row.device_id) {
    throw new HttpError(409, 'numberHeld', `${number} is held by another kiosk right now`);
  }
  const decision = decideOrder(
    device,
    { id: row.mutation_id, type: 'order.place', payload: repriced, createdAt: draft.createdAt },
    lookups,
    { orderIds: new Set(), numbers: new Set() },
    { receivedAt: now, clockOffsetMs: null },
  );
  if (!('order' in decision)) {
    const unavailable = decision.alternativesFor !== undefined;
    throw new HttpError(
      409,
      unavailable ? 'numberUnavailable' : 'orderNotPlaceable',
      unavailable
        ? `${number} is not available in this store`
        : `The order cannot be placed again: ${decision.outcome.reason}`,
    );
  }
  await insertOrders(trx, [decision.order]);
  await insertOrderEvents(trx, [
    { order_id: decision.order.id, status: 'received', actor: `conflict:${row.id}`, at: now },
  ]);
  if (decision.sale) {
    const sold = await sellNumbers(trx, row.store_id, [decision.sale], now);
    if (sold.size !== 1) {
      throw new HttpError(409, 'numberUnavailable', `${number} was sold a moment ago`);
    }
    const holderNow = (await liveHolds(trx, [number], now)).get(number);
    if (holderNow !== undefined && holderNow !== row.device_id) {
      throw new HttpError(409, 'numberHeld', `${number} is held by another kiosk right now`);
    }
    await dropHolds(trx, [number]);
  }
  await addOrdersToRollup(trx, [decision.order]);
}

/** The customer's order with `number` instead, priced with the store's prices of today. */
async function repricedDraft(
  trx: Db,
  draft: OrderDraft,
  number: string,
  storeId: string,
): Promise<OrderDraft> {
  const prices = await storePrices(trx, storeId, {
    handsetIds: draft.handsetId ? [draft.handsetId] : [],
    planIds: draft.planId ? [draft.planId] : [],
  });
  const pooled = await trx
    .selectFrom('numbers')
    .select('price_fen')
    .where('number', '=', number)
    .where('store_id', '=', storeId)
    .executeTakeFirst();
  if (!pooled) {
    throw new HttpError(409, 'numberUnavailable', `${number} is not in this store's pool`);
  }
  const handsetPrice = draft.handsetId ? prices.handsetPrices.get(draft.handsetId) : undefined;
  const plan = draft.planId ? prices.plans.get(draft.planId) : undefined;
  const priced = priceCart({
    handset:
      draft.handsetId && handsetPrice !== undefined
        ? { id: draft.handsetId, priceFen: handsetPrice }
        : null,
    plan: plan ?? null,
    number: { number, priceFen: pooled.price_fen },
  });
  return { ...draft, number, lines: priced.lines, totalFen: priced.totalFen };
}
