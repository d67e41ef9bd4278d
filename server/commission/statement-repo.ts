import { commissionConditionSchema, statementTotals, type CommissionStatement } from '../../shared';
import type { Db } from '../db/schema';

/**
 * A clerk's month as the ledger has it: every line (earned, reversed, clawed back) with the
 * order's ticket and the rule that paid it, oldest first, and the totals. A pure read of an
 * append-only table, so reading the month again gives the same figures.
 */
export async function readStatement(
  db: Db,
  clerk: CommissionStatement['clerk'],
  period: string,
): Promise<CommissionStatement> {
  const rows = await db
    .selectFrom('commission_ledger as l')
    .innerJoin('orders as o', 'o.id', 'l.order_id')
    .innerJoin('commission_rules as r', 'r.id', 'l.rule_id')
    .select([
      'l.id',
      'l.order_id',
      'o.ticket',
      'l.rule_id',
      'r.name_zh',
      'r.name_en',
      'r.condition',
      'l.kind',
      'l.amount_fen',
      'l.at',
    ])
    .where('l.period', '=', period)
    .where('l.clerk_id', '=', clerk.id)
    .orderBy('l.id')
    .execute();
  const lines = rows.map((row) => ({
    id: row.id,
    orderId: row.order_id,
    ticket: row.ticket,
    ruleId: row.rule_id,
    ruleName: { zh: row.name_zh, en: row.name_en },
    ruleKind: commissionConditionSchema.parse(JSON.parse(row.condition)).kind,
    kind: row.kind,
    amountFen: row.amount_fen,
    at: row.at,
  }));
  return { period, clerk, lines, totals: statementTotals(lines) };
}
