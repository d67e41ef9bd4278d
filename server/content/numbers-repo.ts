import type { NumberStatus, PoolNumber } from '../../shared';
import { inBatches } from '../db/batches';
import { lockChangeLog, rowsPerInsert } from '../db/dialect';
import type { Db } from '../db/schema';
import { appendChanges } from './changes-repo';

/** A number's change reaches only the kiosks of the store that owns it. */
export const numberChange = (number: PoolNumber) =>
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
    tier_id: n.tierId,
    min_plan_fee_fen: n.minPlanFeeFen,
  }));
  for (const batch of inBatches(rows, rowsPerInsert(6))) {
    await db.insertInto('numbers').values(batch).execute();
  }
  await appendChanges(db, numbers.map(numberChange), now);
}

export interface StoreNumber {
  status: NumberStatus;
  priceFen: number;
  tierId: string;
  minPlanFeeFen: number;
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
      .select(['number', 'status', 'price_fen', 'tier_id', 'min_plan_fee_fen'])
      .where('store_id', '=', storeId)
      .where('number', 'in', part)
      .execute();
    for (const row of rows) {
      found.set(row.number, {
        status: row.status,
        priceFen: row.price_fen,
        tierId: row.tier_id,
        minPlanFeeFen: row.min_plan_fee_fen,
      });
    }
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
  const sold = new Map<string, { tierId: string; minPlanFeeFen: number }>();
  if (sales.length === 0) return new Set();
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
      .returning(['number', 'tier_id', 'min_plan_fee_fen'])
      .execute();
    for (const row of rows) {
      sold.set(row.number, { tierId: row.tier_id, minPlanFeeFen: row.min_plan_fee_fen });
    }
  }
  await appendChanges(
    db,
    sales.flatMap((sale) => {
      const tier = sold.get(sale.number);
      return tier
        ? [
            numberChange({
              number: sale.number,
              storeId,
              status: 'sold',
              priceFen: sale.priceFen,
              ...tier,
            }),
          ]
        : [];
    }),
    now,
    { locked: true },
  );
  return new Set(sold.keys());
}

/**
 * The store's numbers a customer could take now: available, not under a live hold, not among
 * `except` (numbers the batch at hand is about to sell). What a conflict is offered from.
 */
function takeableNumbers(
  db: Db,
  query: { storeId: string; except: readonly string[]; now: number },
) {
  return db
    .selectFrom('numbers')
    .where('store_id', '=', query.storeId)
    .where('status', '=', 'available')
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('number_holds')
            .select('number_holds.number')
            .whereRef('number_holds.number', '=', 'numbers.number')
            .where('number_holds.expires_at', '>', query.now),
        ),
      ),
    )
    .$if(query.except.length > 0, (q) => q.where('number', 'not in', query.except));
}

/**
 * Up to `perTier` numbers of the store in each of `tierIds` that a customer could take now:
 * available, not under a live hold, not among `except` (numbers this batch is about to sell).
 * Offered on a number conflict.
 */
export async function availableNumbersByTier(
  db: Db,
  query: {
    storeId: string;
    tierIds: readonly string[];
    except: readonly string[];
    perTier: number;
    now: number;
  },
): Promise<Map<string, string[]>> {
  const byTier = new Map<string, string[]>(query.tierIds.map((tierId) => [tierId, []]));
  if (query.tierIds.length === 0) return byTier;
  const ranked = takeableNumbers(db, query)
    .select((eb) => [
      'number',
      'tier_id',
      eb.fn
        .agg<number>('row_number')
        .over((over) => over.partitionBy('tier_id').orderBy('number'))
        .as('rank'),
    ])
    .where('tier_id', 'in', query.tierIds);
  const rows = await db
    .selectFrom(ranked.as('ranked'))
    .select(['number', 'tier_id'])
    .where('rank', '<=', query.perTier)
    .orderBy('tier_id')
    .orderBy('number')
    .execute();
  for (const row of rows) byTier.get(row.tier_id)?.push(row.number);
  return byTier;
}

/**
 * Up to `limit` numbers of the store a plan of `planFeeFen` a month allows (the tier's minimum
 * plan at most that), available and not under a live hold, dearest first: the closest to the
 * number the customer chose. Offered on a conflict whose number needs a dearer plan.
 */
export async function availableNumbersForPlan(
  db: Db,
  query: {
    storeId: string;
    planFeeFen: number;
    except: readonly string[];
    limit: number;
    now: number;
  },
): Promise<string[]> {
  const rows = await takeableNumbers(db, query)
    .select('number')
    .where('min_plan_fee_fen', '<=', query.planFeeFen)
    .orderBy('price_fen', 'desc')
    .orderBy('number')
    .limit(query.limit)
    .execute();
  return rows.map((row) => row.number);
}
