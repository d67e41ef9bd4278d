import type { Insertable } from 'kysely';
import { maskIdNumber, maskName, type OrderSummary } from '../../shared';
import { inBatches } from '../db/batches';
import { rowsPerInsert } from '../db/dialect';
import type { Db, NewOrderRow, OrderEventsTable } from '../db/schema';
import { encodeOrderCursor, type OrderCursor } from './order-cursor';

/** Inserts the order unless its id exists already; false means another mutation placed it. */
export async function insertOrder(db: Db, order: NewOrderRow): Promise<boolean> {
  const inserted = await db
    .insertInto('orders')
    .values(order)
    .onConflict((conflict) => conflict.column('id').doNothing())
    .returning('id')
    .executeTakeFirst();
  return inserted !== undefined;
}

export async function orderExists(db: Db, id: string): Promise<boolean> {
  const row = await db.selectFrom('orders').select('id').where('id', '=', id).executeTakeFirst();
  return row !== undefined;
}

/** Bulk load (the demo's history): plain multi-row inserts. */
export async function insertOrders(db: Db, orders: NewOrderRow[]): Promise<void> {
  for (const batch of inBatches(orders, rowsPerInsert(18))) {
    await db.insertInto('orders').values(batch).execute();
  }
}

export async function insertOrderEvents(db: Db, events: Insertable<OrderEventsTable>[]) {
  for (const batch of inBatches(events, rowsPerInsert(4))) {
    await db.insertInto('order_events').values(batch).execute();
  }
}

export interface OrdersPage {
  storeId?: string;
  from?: number;
  to?: number;
  after?: OrderCursor;
  limit: number;
}

/**
 * Newest first, keyset-paged. Personal data leaves only masked: the name and ID number masked,
 * the phone not at all.
 */
export async function listOrders(
  db: Db,
  page: OrdersPage,
): Promise<{ orders: OrderSummary[]; cursor: string | null }> {
  let query = db
    .selectFrom('orders')
    .select([
      'id',
      'ticket',
      'store_id',
      'device_id',
      'handset_id',
      'plan_id',
      'number',
      'customer_name',
      'id_number',
      'total_fen',
      'status',
      'device_created_at',
      'received_at',
    ])
    .orderBy('device_created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(page.limit + 1);
  if (page.storeId) query = query.where('store_id', '=', page.storeId);
  if (page.from !== undefined) query = query.where('device_created_at', '>=', page.from);
  if (page.to !== undefined) query = query.where('device_created_at', '<', page.to);
  const after = page.after;
  if (after) {
    query = query.where((eb) =>
      eb.or([
        eb('device_created_at', '<', after.createdAt),
        eb.and([eb('device_created_at', '=', after.createdAt), eb('id', '<', after.id)]),
      ]),
    );
  }
  const rows = await query.execute();
  const pageRows = rows.slice(0, page.limit);
  const last = pageRows.at(-1);
  return {
    orders: pageRows.map((row) => ({
      id: row.id,
      ticket: row.ticket,
      storeId: row.store_id,
      deviceId: row.device_id,
      handsetId: row.handset_id,
      planId: row.plan_id,
      number: row.number,
      customerName: maskName(row.customer_name),
      idNumberMasked: maskIdNumber(row.id_number),
      totalFen: row.total_fen,
      status: row.status,
      deviceCreatedAt: row.device_created_at,
      receivedAt: row.received_at,
    })),
    cursor:
      rows.length > page.limit && last
        ? encodeOrderCursor({ createdAt: last.device_created_at, id: last.id })
        : null,
  };
}
