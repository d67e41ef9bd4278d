import {
  carriedFromOf,
  commissionConditionSchema,
  statementTotals,
  type CommissionStatement,
  type DisputeStatus,
} from '../../shared';
import type { Db } from '../db/schema';
import { periodClosure } from './periods-repo';

/**
 * A clerk's month as the ledger has it: every line (earned, reversed, clawed back, adjusted)
 * with the order's ticket, handset and plan, the rule that paid it and the line's latest
 * dispute, by the day of the sale, and the totals, and whether the month is closed. A line of
 * an earlier sale carried into this month (its own month was closed) names that month. A pure
 * read of an append-only table, so reading the month again gives the same figures (only a
 * dispute's status moves); once closed, no line is added to it.
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
    .leftJoin('handsets as h', 'h.id', 'o.handset_id')
    .leftJoin('plans as p', 'p.id', 'o.plan_id')
    .select([
      'l.id',
      'l.order_id',
      'o.ticket',
      'o.corrected_at',
      'h.brand',
      'h.model',
      'p.name_zh as plan_zh',
      'p.name_en as plan_en',
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
    // By the day of the sale, an order's lines together in the order they were written.
    .orderBy('o.corrected_at')
    .orderBy('l.id')
    .execute();
  const disputes = await lineDisputes(db, clerk.id, period);
  const lines = rows.map((row) => ({
    id: Number(row.id),
    orderId: row.order_id,
    ticket: row.ticket,
    ruleId: row.rule_id,
    ruleName: { zh: row.name_zh, en: row.name_en },
    ruleKind: commissionConditionSchema.parse(JSON.parse(row.condition)).kind,
    kind: row.kind,
    amountFen: row.amount_fen,
    at: row.at,
    orderAt: row.corrected_at,
    carriedFrom: carriedFromOf(period, row.corrected_at),
    handset: row.brand && row.model ? `${row.brand} ${row.model}` : null,
    plan: row.plan_zh && row.plan_en ? { zh: row.plan_zh, en: row.plan_en } : null,
    dispute: disputes.get(Number(row.id)) ?? null,
  }));
  const closed = await periodClosure(db, period);
  return { period, clerk, lines, totals: statementTotals(lines), closed };
}

/** The latest dispute of each of a clerk's lines in a period. */
async function lineDisputes(db: Db, clerkId: string, period: string) {
  const rows = await db
    .selectFrom('commission_disputes as d')
    .innerJoin('commission_ledger as l', 'l.id', 'd.line_id')
    .select(['d.id', 'd.line_id', 'd.status'])
    .where('d.clerk_id', '=', clerkId)
    .where('l.period', '=', period)
    .orderBy('d.id')
    .execute();
  const latest = new Map<number, { id: number; status: DisputeStatus }>();
  for (const row of rows)
    latest.set(Number(row.line_id), { id: Number(row.id), status: row.status });
  return latest;
}
