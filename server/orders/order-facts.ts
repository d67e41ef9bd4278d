import { orderLineSchema, type CommissionOrderFacts } from '../../shared';
import type { Db, OrderRow } from '../db/schema';

/** The plan's monthly fee as the order priced it (its `plan` line), or null without a plan. */
export function planFeeOf(linesJson: string): number | null {
  const lines = orderLineSchema.array().safeParse(JSON.parse(linesJson));
  if (!lines.success) return null;
  return lines.data.find((line) => line.kind === 'plan')?.unitFen ?? null;
}

/** What the commission rules look at, read at activation (corrected time comes from the order). */
export async function commissionFactsOf(
  db: Db,
  order: Pick<OrderRow, 'store_id' | 'handset_id' | 'number' | 'lines'>,
): Promise<Omit<CommissionOrderFacts, 'correctedAt'>> {
  const store = await db
    .selectFrom('stores')
    .select('type')
    .where('id', '=', order.store_id)
    .executeTakeFirstOrThrow();
  const number = order.number
    ? await db
        .selectFrom('numbers')
        .select('tier_id')
        .where('store_id', '=', order.store_id)
        .where('number', '=', order.number)
        .executeTakeFirst()
    : undefined;
  return {
    storeType: store.type,
    handsetId: order.handset_id,
    planMonthlyFeeFen: planFeeOf(order.lines),
    numberTierId: number?.tier_id ?? null,
  };
}
