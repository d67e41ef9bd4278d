import {
  conflictAllows,
  pushReasons,
  type ConflictResolution,
  type NumberConflict,
} from '../../shared';
import { sellNumbers } from '../content/numbers-repo';
import type { Db } from '../db/schema';
import { HttpError } from '../http/http-error';
import { insertOrderEvents, insertOrders } from '../orders/orders-repo';
import { addOrdersToRollup } from '../reports/sales-rollup';
import { loadOrderLookups } from '../sync/order-lookups';
import { decideOrder, todaysPricing } from '../sync/place-order';
import { closeConflict, conflictView, type StoredConflict } from './conflicts-repo';
import { dropHolds, liveHolds } from './holds-repo';

const resolved = () => new HttpError(409, 'conflictResolved', 'This conflict was resolved already');

/**
 * Resolves an open conflict in one transaction. `reassign` places the customer's order again
 * with another number of the store, `place` with its own number once the customer agreed to
 * today's total; both priced with the store's prices of today, exactly as a push would place
 * it. `cancel` closes it with the clerk's note. Who and when are kept on the conflict's row.
 */
export async function resolveConflict(
  trx: Db,
  conflict: StoredConflict,
  resolution: ConflictResolution,
  by: { userId: string; now: number },
): Promise<NumberConflict> {
  if (!conflictAllows(conflict.row.reason, resolution.action)) {
    throw new HttpError(
      409,
      'actionNotAllowed',
      `A ${conflict.row.reason} conflict cannot be resolved by ${resolution.action}`,
    );
  }
  // Claimed first: of two clerks resolving at once, the second finds it closed.
  const closed = await closeConflict(trx, conflict.row.id, {
    ...closingOf(resolution),
    by: by.userId,
    at: by.now,
  });
  if (!closed) throw resolved();
  if (resolution.action === 'reassign') {
    await placeWithNumber(trx, conflict, resolution.number, { now: by.now });
  }
  if (resolution.action === 'place') {
    await placeWithNumber(trx, conflict, conflict.draft.number, {
      now: by.now,
      agreedTotalFen: resolution.totalFen,
    });
  }
  return conflictView(closed);
}

function closingOf(resolution: ConflictResolution) {
  switch (resolution.action) {
    case 'reassign':
      return { status: 'reassigned', resolution: resolution.number } as const;
    case 'place':
      return { status: 'placed', resolution: null } as const;
    case 'cancel':
      return { status: 'cancelled', resolution: resolution.note } as const;
  }
}

/**
 * Places the customer's order with `number` (null: an order without one), re-priced with the
 * store's prices of today and that number's tier price; `agreedTotalFen`, when given, must be
 * the total that gives.
 */
async function placeWithNumber(
  trx: Db,
  conflict: StoredConflict,
  number: string | null,
  terms: { now: number; agreedTotalFen?: number },
): Promise<void> {
  const { row, draft } = conflict;
  const { now } = terms;
  const device = { id: row.device_id, storeId: row.store_id, clockOffsetMs: null };
  const mutationOf = (payload: typeof draft) =>
    ({ id: row.mutation_id, type: 'order.place', payload, createdAt: draft.createdAt }) as const;
  const lookups = await loadOrderLookups(trx, row.store_id, [mutationOf({ ...draft, number })], {
    existingOrders: true,
    now,
  });
  if (number !== null && !lookups.numbers.has(number)) {
    throw new HttpError(409, 'numberUnavailable', `${number} is not in this store's pool`);
  }
  const holder = number === null ? undefined : lookups.holders?.get(number);
  if (holder !== undefined && holder !== row.device_id) {
    throw new HttpError(409, 'numberHeld', `${number} is held by another kiosk right now`);
  }
  const repriced = { ...draft, number, ...todaysPricing({ ...draft, number }, lookups) };
  if (terms.agreedTotalFen !== undefined && terms.agreedTotalFen !== repriced.totalFen) {
    throw new HttpError(
      409,
      'priceMoved',
      `Today's prices give ${repriced.totalFen} fen, not the ${terms.agreedTotalFen} agreed`,
    );
  }
  const decision = decideOrder(
    device,
    mutationOf(repriced),
    lookups,
    { orderIds: new Set(), numbers: new Set() },
    { receivedAt: now, clockOffsetMs: null },
  );
  if (!('order' in decision)) {
    const unavailable = decision.outcome.reason === pushReasons.numberUnavailable;
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
    const holderNow = (await liveHolds(trx, [decision.sale.number], now)).get(decision.sale.number);
    if (holderNow !== undefined && holderNow !== row.device_id) {
      throw new HttpError(409, 'numberHeld', `${number} is held by another kiosk right now`);
    }
    await dropHolds(trx, [decision.sale.number]);
  }
  await addOrdersToRollup(trx, [decision.order]);
}
