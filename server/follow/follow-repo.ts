import { orderStatusSchema, type FollowUp } from '../../shared';
import type { Db } from '../db/schema';
import { findConflictOfTicket } from '../numbers/conflicts-repo';

/**
 * What a customer's follow-up page may show of the order behind a ticket: its status, its
 * store and when each step happened. Nothing personal, no number, no price. Found through the
 * `orders_ticket` index; if two orders ever shared a ticket, the newest is shown. A ticket whose
 * order is not placed yet may be in the store's conflict queue (`conflictFollowUp`).
 */
export async function findFollowUp(db: Db, ticket: string): Promise<FollowUp | undefined> {
  const order = await db
    .selectFrom('orders')
    .innerJoin('stores', 'stores.id', 'orders.store_id')
    .select(['orders.id', 'orders.ticket', 'orders.status', 'stores.id as storeId', 'stores.name'])
    .where('orders.ticket', '=', ticket)
    .orderBy('orders.received_at', 'desc')
    .executeTakeFirst();
  if (!order) return conflictFollowUp(db, ticket);
  const events = await db
    .selectFrom('order_events')
    .select(['status', 'at'])
    .where('order_id', '=', order.id)
    .orderBy('at')
    .orderBy('id')
    .execute();
  const steps = events.flatMap((event) => {
    const status = orderStatusSchema.safeParse(event.status);
    return status.success ? [{ status: status.data, at: event.at }] : [];
  });
  return {
    ticket: order.ticket,
    status: order.status,
    store: { id: order.storeId, name: order.name },
    steps,
  };
}

/**
 * A ticket whose order waits in the store's conflict queue is `atCounter` until a clerk settles
 * it with the customer; a cancelled one is `cancelled`. Placed or reassigned, the order exists
 * and is found above, so a closed conflict without an order is not this ticket's to show.
 */
async function conflictFollowUp(db: Db, ticket: string): Promise<FollowUp | undefined> {
  const conflict = await findConflictOfTicket(db, ticket);
  if (!conflict || (conflict.status !== 'open' && conflict.status !== 'cancelled')) {
    return undefined;
  }
  const store = await db
    .selectFrom('stores')
    .select(['id', 'name'])
    .where('id', '=', conflict.storeId)
    .executeTakeFirstOrThrow();
  const cancelled = conflict.status === 'cancelled';
  return {
    ticket,
    status: cancelled ? 'cancelled' : 'atCounter',
    store,
    steps:
      cancelled && conflict.resolvedAt !== null
        ? [{ status: 'cancelled', at: conflict.resolvedAt }]
        : [],
  };
}
