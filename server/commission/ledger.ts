import type { Insertable } from 'kysely';
import {
  commissionLines,
  commissionPeriod,
  commissionUndoLines,
  type CommissionCancellation,
  type CommissionLine,
  type CommissionOrderFacts,
  type CommissionRule,
} from '../../shared';
import { inBatches } from '../db/batches';
import { rowsPerInsert } from '../db/dialect';
import type { CommissionLedgerTable, Db } from '../db/schema';

export type NewLedgerRow = Insertable<CommissionLedgerTable>;

/** Whose ledger an order's lines go to, and the month they count in. */
export interface LedgerOrder {
  id: string;
  storeId: string;
  clerkId: string | null;
  correctedAt: number;
}

function rowsOf(order: LedgerOrder, lines: readonly CommissionLine[], at: number): NewLedgerRow[] {
  const period = commissionPeriod(order.correctedAt);
  return lines.map((line) => ({
    order_id: order.id,
    store_id: order.storeId,
    clerk_id: order.clerkId,
    rule_id: line.ruleId,
    kind: line.kind,
    amount_fen: line.amountFen,
    period,
    at,
  }));
}

/** The ledger rows an activation writes (the demo history uses this too). */
export function activationRows(
  order: LedgerOrder,
  facts: Omit<CommissionOrderFacts, 'correctedAt'>,
  rules: readonly CommissionRule[],
  at: number,
): NewLedgerRow[] {
  return rowsOf(order, commissionLines({ ...facts, correctedAt: order.correctedAt }, rules), at);
}

/** The ledger rows a cancellation writes against what the order had earned. */
export function cancellationRows(
  order: LedgerOrder,
  earned: readonly CommissionLine[],
  cancellation: CommissionCancellation,
  rules: readonly CommissionRule[],
): NewLedgerRow[] {
  return rowsOf(order, commissionUndoLines(earned, cancellation, rules), cancellation.at);
}

export async function appendLedger(db: Db, rows: readonly NewLedgerRow[]): Promise<void> {
  for (const batch of inBatches([...rows], rowsPerInsert(8))) {
    await db.insertInto('commission_ledger').values(batch).execute();
  }
}

/**
 * Every line the rules wrote for an order so far. A manager's `adjustment` (an upheld
 * dispute) is left out: it stands on its own, and a later cancellation takes back only what
 * the rules paid, so replaying the rules still gives the ledger's rule lines.
 */
export async function orderLedgerLines(db: Db, orderId: string): Promise<CommissionLine[]> {
  const rows = await db
    .selectFrom('commission_ledger')
    .select(['rule_id', 'kind', 'amount_fen'])
    .where('order_id', '=', orderId)
    .where('kind', '!=', 'adjustment')
    .orderBy('id')
    .execute();
  return rows.map((row) => ({ ruleId: row.rule_id, kind: row.kind, amountFen: row.amount_fen }));
}
