import {
  mayAnswerDispute,
  mayDisputeLine,
  type AnswerDisputeRequest,
  type CommissionDispute,
  type DisputeStatus,
  type OpenDisputeRequest,
  type User,
} from '../../shared';
import { audit } from '../audit/audit-repo';
import { isWriteConflict } from '../db/dialect';
import type { Db } from '../db/schema';
import { forbidden, HttpError, notFound } from '../http/http-error';
import { appendLedger } from './ledger';

const disputeOpen = () =>
  new HttpError(409, 'dispute_open', 'This line already has an open dispute');

/**
 * A clerk disputes one of their own ledger lines; one open dispute per line (a second gets
 * 409 `dispute_open`, also when two arrive at once: the partial unique index decides).
 */
export async function openDispute(
  db: Db,
  user: User,
  request: OpenDisputeRequest,
  now: number,
): Promise<CommissionDispute> {
  try {
    const id = await db.transaction().execute(async (trx: Db) => {
      const line = await trx
        .selectFrom('commission_ledger as l')
        .innerJoin('orders as o', 'o.id', 'l.order_id')
        .select(['l.id', 'l.clerk_id', 'l.store_id', 'o.ticket'])
        .where('l.id', '=', request.lineId)
        .executeTakeFirst();
      if (!line) throw notFound('line_not_found', 'No commission line has this id');
      if (!mayDisputeLine(user, line.clerk_id)) throw forbidden('Only your own lines');
      const already = await trx
        .selectFrom('commission_disputes')
        .select('id')
        .where('line_id', '=', request.lineId)
        .where('status', '=', 'open')
        .executeTakeFirst();
      if (already) throw disputeOpen();
      const inserted = await trx
        .insertInto('commission_disputes')
        .values({
          line_id: request.lineId,
          store_id: line.store_id,
          clerk_id: user.id,
          message: request.message,
          opened_at: now,
          status: 'open',
          answer: null,
          answered_by: null,
          answered_at: null,
          adjustment_line_id: null,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      const disputeId = Number(inserted.id);
      await audit(
        trx,
        {
          actorId: user.id,
          action: 'commission.dispute_opened',
          target: `dispute:${disputeId}`,
          storeId: line.store_id,
          detail: { lineId: request.lineId, ticket: line.ticket },
        },
        now,
      );
      return disputeId;
    });
    return readDispute(db, id);
  } catch (error) {
    if (isWriteConflict(error)) throw disputeOpen();
    throw error;
  }
}

/**
 * The store's manager or HQ answers an open dispute. Upheld may append an `adjustment` line
 * (the disputed line's order, rule, clerk and period, or the open month when that one is
 * closed; one per order and rule) beside the disputed one: the ledger is never edited.
 * Each answer is audited with its adjustment.
 */
export async function answerDispute(
  db: Db,
  user: User,
  disputeId: number,
  answer: AnswerDisputeRequest,
  now: number,
): Promise<CommissionDispute> {
  await db.transaction().execute(async (trx: Db) => {
    const dispute = await trx
      .selectFrom('commission_disputes as d')
      .innerJoin('commission_ledger as l', 'l.id', 'd.line_id')
      .select(['d.id', 'd.status', 'd.store_id', 'd.clerk_id', 'd.line_id'])
      .select(['l.order_id', 'l.rule_id', 'l.period'])
      .where('d.id', '=', disputeId)
      .executeTakeFirst();
    if (!dispute) throw notFound('dispute_not_found', 'No dispute has this id');
    if (!mayAnswerDispute(user, { storeId: dispute.store_id, clerkId: dispute.clerk_id })) {
      throw forbidden('The store’s manager or HQ answers a dispute');
    }
    if (dispute.status !== 'open') {
      throw new HttpError(409, 'dispute_answered', 'This dispute has been answered', {
        status: [dispute.status],
      });
    }
    let adjustmentLineId: number | null = null;
    if (answer.decision === 'upheld' && answer.adjustmentFen !== null) {
      const earlier = await trx
        .selectFrom('commission_ledger')
        .select('id')
        .where('order_id', '=', dispute.order_id)
        .where('rule_id', '=', dispute.rule_id)
        .where('kind', '=', 'adjustment')
        .executeTakeFirst();
      if (earlier) {
        throw new HttpError(409, 'adjustment_exists', 'This order and rule were adjusted once', {
          adjustmentFen: ['Already adjusted'],
        });
      }
      const [lineId] = await appendLedger(trx, [
        {
          order_id: dispute.order_id,
          store_id: dispute.store_id,
          clerk_id: dispute.clerk_id,
          rule_id: dispute.rule_id,
          kind: 'adjustment',
          amount_fen: answer.adjustmentFen,
          period: dispute.period,
          at: now,
        },
      ]);
      adjustmentLineId = lineId ?? null;
    }
    const moved = await trx
      .updateTable('commission_disputes')
      .set({
        status: answer.decision,
        answer: answer.message,
        answered_by: user.id,
        answered_at: now,
        adjustment_line_id: adjustmentLineId,
      })
      .where('id', '=', disputeId)
      .where('status', '=', 'open')
      .executeTakeFirst();
    if (Number(moved.numUpdatedRows) !== 1) {
      throw new HttpError(409, 'dispute_answered', 'This dispute has been answered');
    }
    await audit(
      trx,
      {
        actorId: user.id,
        action: 'commission.dispute_answered',
        target: `dispute:${disputeId}`,
        storeId: dispute.store_id,
        detail: {
          decision: answer.decision,
          lineId: Number(dispute.line_id),
          adjustmentFen: answer.adjustmentFen,
          adjustmentLineId,
        },
      },
      now,
    );
  });
  return readDispute(db, disputeId);
}

const listLimit = 500;

/** Newest first: a clerk's own, a store's, or (HQ, no store) every store's. */
export async function listDisputes(
  db: Db,
  scope: { clerkId?: string; storeId?: string; status?: DisputeStatus; id?: number },
): Promise<CommissionDispute[]> {
  const rows = await db
    .selectFrom('commission_disputes as d')
    .innerJoin('commission_ledger as l', 'l.id', 'd.line_id')
    .innerJoin('orders as o', 'o.id', 'l.order_id')
    .innerJoin('commission_rules as r', 'r.id', 'l.rule_id')
    .innerJoin('users as c', 'c.id', 'd.clerk_id')
    .leftJoin('users as a', 'a.id', 'd.answered_by')
    .select(['d.id', 'd.line_id', 'o.ticket', 'd.store_id', 'd.clerk_id', 'c.display_name'])
    .select(['l.period', 'r.name_zh', 'r.name_en', 'l.kind', 'l.amount_fen'])
    .select(['d.message', 'd.opened_at', 'd.status', 'd.answer', 'd.answered_at'])
    .select(['a.display_name as answered_by_name', 'd.adjustment_line_id'])
    .$if(scope.id !== undefined, (q) => q.where('d.id', '=', scope.id ?? 0))
    .$if(scope.clerkId !== undefined, (q) => q.where('d.clerk_id', '=', scope.clerkId ?? ''))
    .$if(scope.storeId !== undefined, (q) => q.where('d.store_id', '=', scope.storeId ?? ''))
    .$if(scope.status !== undefined, (q) => q.where('d.status', '=', scope.status ?? 'open'))
    .orderBy('d.id', 'desc')
    .limit(listLimit)
    .execute();
  const adjustmentIds = rows.flatMap((row) =>
    row.adjustment_line_id === null ? [] : [Number(row.adjustment_line_id)],
  );
  const adjustments = adjustmentIds.length
    ? await db
        .selectFrom('commission_ledger')
        .select(['id', 'amount_fen'])
        .where('id', 'in', adjustmentIds)
        .execute()
    : [];
  return rows.map((row) => ({
    id: Number(row.id),
    lineId: Number(row.line_id),
    ticket: row.ticket,
    storeId: row.store_id,
    clerkId: row.clerk_id,
    clerkName: row.display_name,
    period: row.period,
    ruleName: { zh: row.name_zh, en: row.name_en },
    lineKind: row.kind,
    lineAmountFen: row.amount_fen,
    message: row.message,
    openedAt: row.opened_at,
    status: row.status,
    answer: row.answer,
    answeredByName: row.answered_by_name,
    answeredAt: row.answered_at,
    adjustmentFen:
      adjustments.find((line) => Number(line.id) === Number(row.adjustment_line_id))?.amount_fen ??
      null,
  }));
}

async function readDispute(db: Db, id: number): Promise<CommissionDispute> {
  const [dispute] = await listDisputes(db, { id });
  if (!dispute) throw notFound('dispute_not_found', 'No dispute has this id');
  return dispute;
}
