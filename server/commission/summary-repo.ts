import { statementTotals, type CommissionLineKind, type CommissionSummary } from '../../shared';
import type { Db } from '../db/schema';
import { periodClosure } from './periods-repo';

/**
 * A store's month for its manager: each clerk of the store (with lines or not) and their
 * totals, from the same ledger the statements read, and whether the month is closed.
 */
export async function readStoreSummary(
  db: Db,
  storeId: string,
  period: string,
): Promise<CommissionSummary> {
  const clerks = await db
    .selectFrom('users')
    .select(['id', 'display_name'])
    .where('store_id', '=', storeId)
    .where('role', '=', 'clerk')
    .orderBy('id')
    .execute();
  const sums = await db
    .selectFrom('commission_ledger')
    .select(['clerk_id', 'kind'])
    .select((eb) => [
      eb.fn.sum<number | string>('amount_fen').as('amount'),
      eb.fn.countAll<number | string>().as('lines'),
    ])
    .where('store_id', '=', storeId)
    .where('period', '=', period)
    .where('clerk_id', 'is not', null)
    .groupBy(['clerk_id', 'kind'])
    .execute();
  const open = await db
    .selectFrom('commission_disputes as d')
    .innerJoin('commission_ledger as l', 'l.id', 'd.line_id')
    .select('d.clerk_id')
    .select((eb) => eb.fn.countAll<number | string>().as('count'))
    .where('d.store_id', '=', storeId)
    .where('l.period', '=', period)
    .where('d.status', '=', 'open')
    .groupBy('d.clerk_id')
    .execute();
  const closed = await periodClosure(db, period);
  return {
    period,
    storeId,
    closed,
    clerks: clerks.map((clerk) => {
      const own = sums.filter((row) => row.clerk_id === clerk.id);
      const lines = own.map((row) => ({
        kind: row.kind as CommissionLineKind,
        amountFen: Number(row.amount),
      }));
      return {
        clerkId: clerk.id,
        displayName: clerk.display_name,
        lineCount: own.reduce((count, row) => count + Number(row.lines), 0),
        openDisputes: Number(open.find((row) => row.clerk_id === clerk.id)?.count ?? 0),
        totals: statementTotals(lines),
      };
    }),
  };
}
