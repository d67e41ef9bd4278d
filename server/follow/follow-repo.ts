import { orderStatusSchema, type FollowUp } from '../../shared';
import type { Db } from '../db/schema';

/**
 * What a customer's follow-up page may show of the order behind a ticket: its status, its
 * store and when each step happened. Nothing personal, no number, no price. Found through the
 * `orders_ticket` index; if two orders ever shared a ticket, the newest is shown.
 */
export async function findFollowUp(db: Db, ticket: string): Promise<FollowUp | undefined> {
  const order = await db
    .selectFrom('orders')
    .innerJoin('stores', 'stores.id', 'orders.store_id')
    .select(['orders.id', 'orders.ticket', 'orders.status', 'stores.id as storeId', 'stores.name'])
    .where('orders.ticket', '=', ticket)
    .orderBy('orders.received_at', 'desc')
    .executeTakeFirst();
  if (!order) return undefined;
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
