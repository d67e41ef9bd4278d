import type { Insertable } from 'kysely';
import {
  commissionLines,
  commissionPeriod,
  commissionUndoLines,
  ledgerPeriodOf,
  type CommissionCancellation,
  type CommissionLine,
  type CommissionOrderFacts,
  type CommissionRule,
} from '../../shared';
import { inBatches } from '../db/batches';
import { rowsPerInsert } from '../db/dialect';
import type { CommissionLedgerTable, Db } from '../db/schema';
import { closedAmong } from './periods-repo';

export type NewLedgerRow = Insertable<CommissionLedgerTable>;

/** Whose ledger an order's lines go to, and the month they count in (unless it is closed). */
export interface LedgerOrder {
  id: string;
  storeId: string;
  clerkId: string | null;
  correctedAt: number;
}

/** The ledger row of one line, in its order's month (`appendLedger` carries it if closed). */
export function ledgerRow(order: LedgerOrder, line: CommissionLine, at: number): NewLedgerRow {
  return {
    order_id: order.id,
    store_id: order.storeId,
    clerk_id: order.clerkId,
    rule_id: line.ruleId,
    kind: line.kind,
    amount_fen: line.amountFen,
    period: commissionPeriod(order.correctedAt),
    at,
  };
}

function rowsOf(order: LedgerOrder, lines: readonly CommissionLine[], at: number): NewLedgerRow[] {
  return lines.map((line) => ledgerRow(order, line, at));
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

/**
 * Writes lines in the caller's transaction, each in its order's month or, when that month is
 * closed, in the month of the line's own time (`ledgerPeriodOf`): the one place activation,
 * cancellation and a dispute's adjustment pass through. Answers the new lines' ids in order.
 */
export async function appendLedger(trx: Db, rows: readonly NewLedgerRow[]): Promise<number[]> {
  if (rows.length === 0) return [];
  const closed = await closedAmong(
    trx,
    rows.map((row) => row.period),
  );
  const placed = rows.map((row) => ({
    ...row,
    period: ledgerPeriodOf(row.period, row.at, closed),
  }));
  const ids: number[] = [];
  for (const batch of inBatches(placed, rowsPerInsert(8))) {
    const inserted = await trx
      .insertInto('commission_ledger')
      .values(batch)
      .returning('id')
      .execute();
    ids.push(...inserted.map((row) => Number(row.id)));
  }
  return ids;
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
