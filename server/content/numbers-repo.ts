import type { NumberStatus, PoolNumber } from '../../shared';
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

export interface StoreNumber {
  status: NumberStatus;
  priceFen: number;
}

/** The store's own numbers among `numbers` (another store's number is simply absent). */
export async function findStoreNumbers(
  db: Db,
  storeId: string,
  numbers: readonly string[],
): Promise<Map<string, StoreNumber>> {
  const found = new Map<string, StoreNumber>();
  for (const part of inBatches(numbers, 1000)) {
    const rows = await db
      .selectFrom('numbers')
      .select(['number', 'status', 'price_fen'])
      .where('store_id', '=', storeId)
      .where('number', 'in', part)
      .execute();
    for (const row of rows) found.set(row.number, { status: row.status, priceFen: row.price_fen });
  }
  return found;
}

/**
 * Sells the numbers (all available numbers of the store), telling the store's kiosks through
 * the change log. The `status = 'available'` guard is the arbiter: on PostgreSQL a concurrent
 * seller waits for the first commit and then finds the number gone. Returns the numbers it
 * actually sold; fewer than asked means someone else sold one since the caller looked.
 */
export async function sellNumbers(
  db: Db,
  storeId: string,
  sales: readonly { number: string; priceFen: number }[],
  now: number,
): Promise<Set<string>> {
  const sold = new Set<string>();
  if (sales.length === 0) return sold;
  // The change-log lock first, then the numbers' row locks, as every appender does: no deadlock.
  await lockChangeLog(db);
  for (const part of inBatches(sales, 1000)) {
    const rows = await db
      .updateTable('numbers')
      .set({ status: 'sold' })
      .where('store_id', '=', storeId)
      .where(
        'number',
        'in',
        part.map((sale) => sale.number),
      )
      .where('status', '=', 'available')
      .returning('number')
      .execute();
    for (const row of rows) sold.add(row.number);
  }
  await appendChanges(
    db,
    sales
      .filter((sale) => sold.has(sale.number))
      .map((sale) =>
        numberChange({ number: sale.number, storeId, status: 'sold', priceFen: sale.priceFen }),
      ),
    now,
    { locked: true },
  );
  return sold;
}

/**
 * Up to `perPrice` available numbers of the store at each of `prices`, lowest first, leaving
 * out `except` (numbers this batch is about to sell): offered on a number conflict.
 */
export async function availableNumbersByPrice(
  db: Db,
  query: {
    storeId: string;
    prices: readonly number[];
    except: readonly string[];
    perPrice: number;
  },
): Promise<Map<number, string[]>> {
  const byPrice = new Map<number, string[]>(query.prices.map((price) => [price, []]));
  if (query.prices.length === 0) return byPrice;
  const ranked = db
    .selectFrom('numbers')
    .select((eb) => [
      'number',
      'price_fen',
      eb.fn
        .agg<number>('row_number')
        .over((over) => over.partitionBy('price_fen').orderBy('number'))
        .as('rank'),
    ])
    .where('store_id', '=', query.storeId)
    .where('status', '=', 'available')
    .where('price_fen', 'in', query.prices)
    .$if(query.except.length > 0, (q) => q.where('number', 'not in', query.except));
  const rows = await db
    .selectFrom(ranked.as('ranked'))
    .select(['number', 'price_fen'])
    .where('rank', '<=', query.perPrice)
    .orderBy('price_fen')
    .orderBy('number')
    .execute();
  for (const row of rows) byPrice.get(row.price_fen)?.push(row.number);
  return byPrice;
}
