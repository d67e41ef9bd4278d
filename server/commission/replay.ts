import {
  cancelReasonSchema,
  commissionLines,
  commissionUndoLines,
  type CommissionLine,
  type CommissionOrderFacts,
  type CommissionRule,
  type StoreType,
} from '../../shared';
import { inBatches } from '../db/batches';
import type { Db, OrderRow } from '../db/schema';
import { planFeeOf } from '../orders/order-facts';

/** The steps of an order's life that move commission. */
export interface CommissionLife {
  activatedAt: number | null;
  cancelledAt: number | null;
  cancelReason: string | null;
}

/** A rule line and the time it is written. */
export interface TimedLine {
  line: CommissionLine;
  at: number;
}

/**
 * The rule lines an order's life writes, each with its time: the earn lines when it was
 * activated, then what its cancellation took back. The live server writes them step by step
 * (orders/order-life.ts); the demo history and a month's recompute replay them here.
 */
export function replayOrderLines(
  facts: CommissionOrderFacts,
  life: CommissionLife,
  rules: readonly CommissionRule[],
): TimedLine[] {
  const { activatedAt, cancelledAt } = life;
  if (activatedAt === null) return [];
  const earned = commissionLines(facts, rules);
  const timed = earned.map((line) => ({ line, at: activatedAt }));
  const reason = cancelReasonSchema.safeParse(life.cancelReason);
  if (cancelledAt === null || !reason.success) return timed;
  const undone = commissionUndoLines(
    earned,
    { reason: reason.data, at: cancelledAt, activatedAt },
    rules,
  );
  return [...timed, ...undone.map((line) => ({ line, at: cancelledAt }))];
}

type FactsOrder = Pick<OrderRow, 'store_id' | 'handset_id' | 'number' | 'lines'>;

/**
 * What the rules look at for each of many orders, read in a few queries: the store's type, the
 * number's tier, the plan's fee as the order priced it.
 */
export async function commissionFactsFor(
  db: Db,
  orders: readonly FactsOrder[],
): Promise<(order: FactsOrder) => Omit<CommissionOrderFacts, 'correctedAt'>> {
  const storeIds = [...new Set(orders.map((order) => order.store_id))];
  const storeTypes = new Map<string, StoreType>(
    storeIds.length === 0
      ? []
      : (
          await db.selectFrom('stores').select(['id', 'type']).where('id', 'in', storeIds).execute()
        ).map((s) => [s.id, s.type]),
  );
  const tiers = new Map<string, string>();
  const numbers = [...new Set(orders.flatMap((order) => (order.number ? [order.number] : [])))];
  for (const batch of inBatches(numbers, 500)) {
    const rows = await db
      .selectFrom('numbers')
      .select(['store_id', 'number', 'tier_id'])
      .where('number', 'in', batch)
      .execute();
    for (const row of rows) tiers.set(`${row.store_id}:${row.number}`, row.tier_id);
  }
  return (order) => ({
    storeType: storeTypes.get(order.store_id) ?? 'own',
    handsetId: order.handset_id ?? null,
    planMonthlyFeeFen: planFeeOf(order.lines),
    numberTierId: order.number ? (tiers.get(`${order.store_id}:${order.number}`) ?? null) : null,
  });
}
