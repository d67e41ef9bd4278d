import type { NumberWithdrawResult, PoolNumber } from '../../shared';
import { appendChanges } from '../content/changes-repo';
import { numberChange } from '../content/numbers-repo';
import { inBatches } from '../db/batches';
import { lockChangeLog } from '../db/dialect';
import type { Db, NumberRow } from '../db/schema';
import { liveHolds } from './holds-repo';
import { lookupBatch } from './import-numbers';

/**
 * Withdraws numbers of the store that are neither sold nor under a live hold, in one
 * transaction, telling the store's kiosks; every other number is skipped with its reason.
 */
export async function withdrawNumbers(
  trx: Db,
  request: { storeId: string; numbers: readonly string[]; now: number },
): Promise<NumberWithdrawResult> {
  await lockChangeLog(trx);
  const wanted = [...new Set(request.numbers)];
  const pooled = new Map<
    string,
    Pick<NumberRow, 'status' | 'price_fen' | 'tier_id' | 'min_plan_fee_fen'>
  >();
  for (const part of inBatches(wanted, lookupBatch)) {
    const rows = await trx
      .selectFrom('numbers')
      .select(['number', 'status', 'price_fen', 'tier_id', 'min_plan_fee_fen'])
      .where('store_id', '=', request.storeId)
      .where('number', 'in', part)
      .execute();
    for (const row of rows) pooled.set(row.number, row);
  }
  const held = await liveHolds(trx, wanted, request.now);
  const skipped: NumberWithdrawResult['skipped'] = [];
  const withdrawn: PoolNumber[] = [];
  for (const number of wanted) {
    const row = pooled.get(number);
    if (!row) skipped.push({ number, reason: 'notInStore' });
    else if (row.status === 'sold') skipped.push({ number, reason: 'sold' });
    else if (row.status === 'withdrawn') skipped.push({ number, reason: 'alreadyWithdrawn' });
    else if (held.has(number)) skipped.push({ number, reason: 'held' });
    else {
      withdrawn.push({
        number,
        storeId: request.storeId,
        status: 'withdrawn',
        priceFen: row.price_fen,
        tierId: row.tier_id,
        minPlanFeeFen: row.min_plan_fee_fen,
      });
    }
  }
  for (const part of inBatches(withdrawn, lookupBatch)) {
    await trx
      .updateTable('numbers')
      .set({ status: 'withdrawn' })
      .where('store_id', '=', request.storeId)
      .where(
        'number',
        'in',
        part.map((n) => n.number),
      )
      .where('status', '!=', 'sold')
      .execute();
  }
  await appendChanges(trx, withdrawn.map(numberChange), request.now, { locked: true });
  return { withdrawn: withdrawn.length, skipped };
}
