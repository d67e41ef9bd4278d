import { periodHasEnded, type ClosedPeriod, type PeriodClosure, type User } from '../../shared';
import { audit } from '../audit/audit-repo';
import { isWriteConflict, lockCommissionPeriods } from '../db/dialect';
import type { Db } from '../db/schema';
import { HttpError } from '../http/http-error';

const periodClosed = () =>
  new HttpError(409, 'period_closed', 'This month is closed already', {
    period: ['Closed already'],
  });

/**
 * HQ closes a month that has ended in the stores' time zone, once. From then on a new line of
 * one of its orders counts in the open month (`ledgerPeriodOf`), so the closed month reads
 * the same for ever. Audited in the same transaction.
 */
export async function closePeriod(
  db: Db,
  user: User,
  period: string,
  now: number,
): Promise<ClosedPeriod> {
  if (!periodHasEnded(period, now)) {
    throw new HttpError(400, 'period_not_ended', 'Only a month that has ended can be closed', {
      period: ['This month has not ended yet'],
    });
  }
  try {
    await db.transaction().execute(async (trx: Db) => {
      await lockCommissionPeriods(trx, 'close');
      const already = await trx
        .selectFrom('commission_periods')
        .select('period')
        .where('period', '=', period)
        .executeTakeFirst();
      if (already) throw periodClosed();
      await trx
        .insertInto('commission_periods')
        .values({ period, closed_at: now, closed_by: user.id })
        .execute();
      await audit(
        trx,
        {
          actorId: user.id,
          action: 'commission.period_closed',
          target: `period:${period}`,
          storeId: null,
          detail: { period },
        },
        now,
      );
    });
  } catch (error) {
    if (isWriteConflict(error)) throw periodClosed();
    throw error;
  }
  return { period, closedAt: now, closedBy: { id: user.id, displayName: user.displayName } };
}

/** Every closed month, newest first, with who closed it. */
export async function listClosedPeriods(db: Db, period?: string): Promise<ClosedPeriod[]> {
  const rows = await db
    .selectFrom('commission_periods as p')
    .innerJoin('users as u', 'u.id', 'p.closed_by')
    .select(['p.period', 'p.closed_at', 'p.closed_by', 'u.display_name'])
    .$if(period !== undefined, (q) => q.where('p.period', '=', period ?? ''))
    .orderBy('p.period', 'desc')
    .execute();
  return rows.map((row) => ({
    period: row.period,
    closedAt: row.closed_at,
    closedBy: { id: row.closed_by, displayName: row.display_name },
  }));
}

/** Who closed a month and when; null while it is open. */
export async function periodClosure(db: Db, period: string): Promise<PeriodClosure | null> {
  const [closed] = await listClosedPeriods(db, period);
  return closed ? { closedAt: closed.closedAt, closedBy: closed.closedBy } : null;
}

/**
 * The closed months among `periods`, read in a ledger writer's transaction under the lock a
 * close waits on (`lockCommissionPeriods`), so no close slips in before the writer commits.
 */
export async function closedAmong(trx: Db, periods: readonly string[]): Promise<Set<string>> {
  await lockCommissionPeriods(trx, 'ledger');
  if (periods.length === 0) return new Set();
  const rows = await trx
    .selectFrom('commission_periods')
    .select('period')
    .where('period', 'in', [...new Set(periods)])
    .execute();
  return new Set(rows.map((row) => row.period));
}
