import {
  periodBounds,
  recomputeDifferencesShown,
  replayedPeriodOf,
  type PeriodRecompute,
  type RecomputedLine,
} from '../../shared';
import { inBatches } from '../db/batches';
import type { Db } from '../db/schema';
import { listClosedPeriods } from './periods-repo';
import { commissionFactsFor, replayOrderLines } from './replay';
import { readCommissionRules } from './rules-repo';

/**
 * Replays every order with a rule line in `period` — by the ledger, or by its corrected time
 * and activation — through the commission rules (never edited, only ended ahead of time), and
 * sets the lines the replay puts in the month, carried out of a month closed before they were
 * written, against the ledger's, order by order. Read only: a recompute writes nothing, so
 * running it twice answers the same.
 */
export async function recomputePeriod(db: Db, period: string): Promise<PeriodRecompute> {
  const { from, to } = periodBounds(period);
  const closedMonths = await listClosedPeriods(db);
  const closures = new Map(closedMonths.map((month) => [month.period, month.closedAt]));
  const ledgerRows = await db
    .selectFrom('commission_ledger')
    .select(['order_id', 'rule_id', 'kind', 'amount_fen'])
    .where('period', '=', period)
    .orderBy('id')
    .execute();
  const ledgerLines = new Map<string, RecomputedLine[]>();
  const adjustments = { lines: 0, totalFen: 0 };
  for (const row of ledgerRows) {
    if (row.kind === 'adjustment') {
      adjustments.lines += 1;
      adjustments.totalFen += row.amount_fen;
      continue;
    }
    const lines = ledgerLines.get(row.order_id) ?? [];
    lines.push({ ruleId: row.rule_id, kind: row.kind, amountFen: row.amount_fen });
    ledgerLines.set(row.order_id, lines);
  }
  const activatedInMonth = await db
    .selectFrom('orders as o')
    .innerJoin('order_events as e', 'e.order_id', 'o.id')
    .select('o.id')
    .where('o.corrected_at', '>=', from)
    .where('o.corrected_at', '<', to)
    .where('e.status', '=', 'activated')
    .execute();
  const orderIds = [...new Set([...ledgerLines.keys(), ...activatedInMonth.map((row) => row.id)])];

  const rules = await readCommissionRules(db);
  const recomputedLines = new Map<string, RecomputedLine[]>();
  const tickets = new Map<string, string>();
  for (const batch of inBatches(orderIds, 500)) {
    const orders = await db
      .selectFrom('orders')
      .select(['id', 'ticket', 'store_id', 'handset_id', 'number', 'lines', 'corrected_at'])
      .select('cancel_reason')
      .where('id', 'in', batch)
      .execute();
    const events = await db
      .selectFrom('order_events')
      .select(['order_id', 'status', 'at'])
      .where('order_id', 'in', batch)
      .where('status', 'in', ['activated', 'cancelled'])
      .execute();
    const factsOf = await commissionFactsFor(db, orders);
    for (const order of orders) {
      tickets.set(order.id, order.ticket);
      const at = (status: string) =>
        events.find((event) => event.order_id === order.id && event.status === status)?.at ?? null;
      const replayed = replayOrderLines(
        { ...factsOf(order), correctedAt: order.corrected_at },
        {
          activatedAt: at('activated'),
          cancelledAt: at('cancelled'),
          cancelReason: order.cancel_reason,
        },
        rules,
      );
      const inMonth = replayed.flatMap(({ line, at: lineAt }) =>
        replayedPeriodOf(order.corrected_at, lineAt, closures) === period &&
        line.kind !== 'adjustment'
          ? [{ ruleId: line.ruleId, kind: line.kind, amountFen: line.amountFen }]
          : [],
      );
      if (inMonth.length > 0) recomputedLines.set(order.id, inMonth);
    }
  }

  const differing = orderIds
    .filter(
      (id) =>
        JSON.stringify(ledgerLines.get(id) ?? []) !== JSON.stringify(recomputedLines.get(id) ?? []),
    )
    .sort();
  const count = (lines: Map<string, RecomputedLine[]>) => {
    const all = [...lines.values()].flat();
    return { lines: all.length, totalFen: all.reduce((sum, line) => sum + line.amountFen, 0) };
  };
  const closure = closedMonths.find((month) => month.period === period);
  return {
    period,
    closed: closure ? { closedAt: closure.closedAt, closedBy: closure.closedBy } : null,
    orders: new Set([...ledgerLines.keys(), ...recomputedLines.keys()]).size,
    ledger: count(ledgerLines),
    recomputed: count(recomputedLines),
    adjustments,
    identical: differing.length === 0,
    differenceCount: differing.length,
    differences: differing.slice(0, recomputeDifferencesShown).map((id) => ({
      orderId: id,
      ticket: tickets.get(id) ?? '',
      ledger: ledgerLines.get(id) ?? [],
      recomputed: recomputedLines.get(id) ?? [],
    })),
  };
}
