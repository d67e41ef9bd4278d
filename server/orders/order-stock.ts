import type { PoolNumber } from '../../shared';
import { appendChanges } from '../content/changes-repo';
import { numberChange } from '../content/numbers-repo';
import { stockId } from '../content/stock-repo';
import type { Db } from '../db/schema';
import { HttpError } from '../http/http-error';

/**
 * The stock and number side of an order's steps. Callers hold the change-log lock (the
 * kiosks of the store learn every change on their next pull).
 */
async function publishStock(
  trx: Db,
  storeId: string,
  handsetId: string,
  quantity: number,
  now: number,
) {
  const id = stockId(storeId, handsetId);
  await appendChanges(
    trx,
    [{ entity: 'stock', key: id, op: 'put', data: { id, storeId, handsetId, quantity }, storeId }],
    now,
    { locked: true },
  );
}

/** One handset out of the store's stock; 409 `out_of_stock` when there is none. */
export async function takeHandset(trx: Db, storeId: string, handsetId: string, now: number) {
  const row = await trx
    .updateTable('stock')
    .set((eb) => ({ quantity: eb('quantity', '-', 1) }))
    .where('store_id', '=', storeId)
    .where('handset_id', '=', handsetId)
    .where('quantity', '>', 0)
    .returning('quantity')
    .executeTakeFirst();
  if (!row) {
    throw new HttpError(409, 'out_of_stock', 'The store has none of this handset in stock', {
      handsetId: [handsetId],
    });
  }
  await publishStock(trx, storeId, handsetId, row.quantity, now);
}

/** The handset of a cancelled order goes back on the shelf. */
export async function restockHandset(trx: Db, storeId: string, handsetId: string, now: number) {
  const row = await trx
    .updateTable('stock')
    .set((eb) => ({ quantity: eb('quantity', '+', 1) }))
    .where('store_id', '=', storeId)
    .where('handset_id', '=', handsetId)
    .returning('quantity')
    .executeTakeFirst();
  if (!row) {
    await trx
      .insertInto('stock')
      .values({ store_id: storeId, handset_id: handsetId, quantity: 1 })
      .execute();
  }
  await publishStock(trx, storeId, handsetId, row?.quantity ?? 1, now);
}

/** A cancelled order's number is offered again (only if it is still sold: not withdrawn since). */
export async function releaseNumber(trx: Db, storeId: string, number: string, now: number) {
  const row = await trx
    .updateTable('numbers')
    .set({ status: 'available' })
    .where('store_id', '=', storeId)
    .where('number', '=', number)
    .where('status', '=', 'sold')
    .returning(['number', 'store_id', 'price_fen', 'tier_id', 'min_plan_fee_fen'])
    .executeTakeFirst();
  if (!row) return;
  const released: PoolNumber = {
    number: row.number,
    storeId: row.store_id,
    status: 'available',
    priceFen: row.price_fen,
    tierId: row.tier_id,
    minPlanFeeFen: row.min_plan_fee_fen,
  };
  await appendChanges(trx, [numberChange(released)], now, { locked: true });
}
