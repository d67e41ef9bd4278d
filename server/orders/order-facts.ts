import { orderLineSchema, type CommissionOrderFacts } from '../../shared';
import { commissionFactsFor } from '../commission/replay';
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
  return (await commissionFactsFor(db, [order]))(order);
}
