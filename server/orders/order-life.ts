import {
  canApplyAction,
  canSeeStore,
  cancelReasonsFor,
  cancelRestocks,
  orderActionTarget,
  type CancelReason,
  type OrderAction,
  type OrderStatus,
  type User,
} from '../../shared';
import {
  activationRows,
  appendLedger,
  cancellationRows,
  orderLedgerLines,
} from '../commission/ledger';
import { audit } from '../audit/audit-repo';
import { readCommissionRules } from '../commission/rules-repo';
import { lockChangeLog } from '../db/dialect';
import type { Db, OrderRow } from '../db/schema';
import { forbidden, HttpError, notFound } from '../http/http-error';
import { moveOrderInRollup } from '../reports/sales-rollup';
import { commissionFactsOf } from './order-facts';
import { releaseNumber, restockHandset, takeHandset } from './order-stock';

export type OrderStep =
  | { action: 'confirm'; note?: string }
  | { action: 'activate'; note?: string }
  | { action: 'cancel'; reason: CancelReason; note?: string };

const auditActionOf = {
  confirm: 'order.confirmed',
  activate: 'order.activated',
  cancel: 'order.cancelled',
} as const;

const statusChanged = (status: OrderStatus) =>
  new HttpError(409, 'order_status_changed', `The order is ${status} now`, { status: [status] });

/**
 * One step of an order's life, in one transaction: the status moves only from the status it
 * was read in (a conditional UPDATE), so of two clicks or two clerks exactly one wins and the
 * other gets 409 `order_status_changed` with the status it is in now. Confirming takes the
 * handset from stock (409 `out_of_stock` at 0), activating earns commission, cancelling gives
 * back the number and the handset and takes the commission back. Every step is an event.
 */
export async function applyOrderStep(
  db: Db,
  request: { orderId: string; step: OrderStep; user: User; now: number },
): Promise<void> {
  const { orderId, step, user, now } = request;
  await db.transaction().execute(async (trx: Db) => {
    // Taken first, as every writer of the change log does, so no two transactions wait on
    // each other's rows in opposite order.
    if (step.action !== 'activate') await lockChangeLog(trx);
    const order = await trx
      .selectFrom('orders')
      .selectAll()
      .where('id', '=', orderId)
      .executeTakeFirst();
    if (!order) throw notFound('order_not_found', 'No such order');
    if (!canSeeStore(user, order.store_id)) throw forbidden();
    if (!canApplyAction(step.action, order.status)) throw statusChanged(order.status);
    if (step.action === 'cancel' && !cancelReasonsFor(order.status).includes(step.reason)) {
      throw new HttpError(409, 'cancel_reason_not_allowed', 'Only an activated line can churn', {
        reason: [step.reason],
      });
    }

    const target = orderActionTarget[step.action];
    const moved = await trx
      .updateTable('orders')
      .set({
        status: target,
        ...(step.action === 'cancel' ? { cancel_reason: step.reason } : {}),
        // The customer pays the total at the counter as the clerk confirms.
        ...(step.action === 'confirm' ? { paid_fen: order.total_fen } : {}),
      })
      .where('id', '=', orderId)
      .where('status', '=', order.status)
      .executeTakeFirst();
    if (Number(moved.numUpdatedRows) !== 1) {
      const now = await trx
        .selectFrom('orders')
        .select('status')
        .where('id', '=', orderId)
        .executeTakeFirstOrThrow();
      throw statusChanged(now.status);
    }
    await moveOrderInRollup(trx, order, target);

    await sideEffects(trx, order, step, now);
    await trx
      .insertInto('order_events')
      .values({
        order_id: orderId,
        status: target,
        actor: `user:${user.id}`,
        at: now,
        note: noteOf(step),
      })
      .execute();
    await audit(
      trx,
      {
        actorId: user.id,
        action: auditActionOf[step.action],
        target: `order:${orderId}`,
        storeId: order.store_id,
        // The ticket and the move; never the customer's details.
        detail: {
          ticket: order.ticket,
          from: order.status,
          to: target,
          ...(step.action === 'cancel' ? { reason: step.reason } : {}),
          ...(step.action === 'confirm' ? { paidFen: order.total_fen } : {}),
        },
      },
      now,
    );
  });
}

function noteOf(step: OrderStep): string | null {
  const note = step.note?.trim();
  return note ? note : null;
}

async function sideEffects(trx: Db, order: OrderRow, step: OrderStep, now: number) {
  const ledgerOrder = {
    id: order.id,
    storeId: order.store_id,
    clerkId: order.clerk_id,
    correctedAt: order.corrected_at,
  };
  if (step.action === 'confirm') {
    if (order.handset_id) await takeHandset(trx, order.store_id, order.handset_id, now);
    return;
  }
  const rules = await readCommissionRules(trx);
  if (step.action === 'activate') {
    const facts = await commissionFactsOf(trx, order);
    await appendLedger(trx, activationRows(ledgerOrder, facts, rules, now));
    return;
  }
  if (order.handset_id && cancelRestocks(order.status, step.reason)) {
    await restockHandset(trx, order.store_id, order.handset_id, now);
  }
  if (order.number) await releaseNumber(trx, order.store_id, order.number, now);
  const activatedAt = order.status === 'activated' ? await activationTime(trx, order.id) : null;
  const earned = await orderLedgerLines(trx, order.id);
  await appendLedger(
    trx,
    cancellationRows(ledgerOrder, earned, { reason: step.reason, at: now, activatedAt }, rules),
  );
}

async function activationTime(trx: Db, orderId: string): Promise<number | null> {
  const event = await trx
    .selectFrom('order_events')
    .select('at')
    .where('order_id', '=', orderId)
    .where('status', '=', 'activated')
    .orderBy('at', 'desc')
    .executeTakeFirst();
  return event?.at ?? null;
}

export type { OrderAction };
