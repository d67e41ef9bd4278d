import type { PoolNumber } from '../../shared';
import { inBatches } from '../db/batches';
import { lockChangeLog, rowsPerInsert } from '../db/dialect';
import type { Db } from '../db/schema';
import { appendChanges } from './changes-repo';

/** A number's change reaches only the kiosks of the store that owns it. */
const numberChange = (number: PoolNumber) =>
  ({
    entity: 'number',
    key: number.number,
    op: 'put',
    data: number,
    storeId: number.storeId,
  }) as const;

export async function insertNumbers(db: Db, numbers: PoolNumber[], now: number): Promise<void> {
  const rows = numbers.map((n) => ({
    number: n.number,
    store_id: n.storeId,
    status: n.status,
    price_fen: n.priceFen,
  }));
  for (const batch of inBatches(rows, rowsPerInsert(4))) {
    await db.insertInto('numbers').values(batch).execute();
  }
  await appendChanges(db, numbers.map(numberChange), now);
}

export async function findStoreNumber(db: Db, storeId: string, number: string) {
  const row = await db
    .selectFrom('numbers')
    .select(['number', 'store_id', 'status', 'price_fen'])
    .where('number', '=', number)
    .where('store_id', '=', storeId)
    .executeTakeFirst();
  return (
    row && {
      number: row.number,
      storeId: row.store_id,
      status: row.status,
      priceFen: row.price_fen,
    }
  );
}

/**
 * Sells an available number of the store, or reports that someone else got it first. The
 * conditional update is the arbiter: on PostgreSQL a concurrent seller waits for the first
 * commit and then finds the number no longer available.
 */
export async function sellNumber(
  db: Db,
  sale: { storeId: string; number: string; priceFen: number },
  now: number,
): Promise<boolean> {
  // Take the change-log lock before the number's row lock, as every appender does: no deadlock.
  await lockChangeLog(db);
  const result = await db
    .updateTable('numbers')
    .set({ status: 'sold' })
    .where('number', '=', sale.number)
    .where('store_id', '=', sale.storeId)
    .where('status', '=', 'available')
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) !== 1) return false;
  await appendChanges(
    db,
    [
      numberChange({
        number: sale.number,
        storeId: sale.storeId,
        status: 'sold',
        priceFen: sale.priceFen,
      }),
    ],
    now,
  );
  return true;
}

/** Up to `limit` available numbers of the store at the same price: offered on a conflict. */
export async function availableAlternatives(
  db: Db,
  query: { storeId: string; priceFen: number; except: string; limit: number },
): Promise<string[]> {
  const rows = await db
    .selectFrom('numbers')
    .select('number')
    .where('store_id', '=', query.storeId)
    .where('status', '=', 'available')
    .where('price_fen', '=', query.priceFen)
    .where('number', '!=', query.except)
    .orderBy('number')
    .limit(query.limit)
    .execute();
  return rows.map((row) => row.number);
}
