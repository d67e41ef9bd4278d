import type { Insertable } from 'kysely';
import { maskIdNumber, maskName, type LocalText, type OrderSummary } from '../../shared';
import { inBatches } from '../db/batches';
import { rowsPerInsert } from '../db/dialect';
import type { Db, NewOrderRow, OrderEventsTable } from '../db/schema';
import { encodeOrderCursor, type OrderCursor } from './order-cursor';

/**
 * Plain multi-row inserts (a push's applied orders, the demo's history). No ON CONFLICT: an id
 * taken by a concurrent transaction fails the push's transaction, which then runs again. The
 * caller counts them into the sales rollup (`addOrdersToRollup`) as its transaction's last write.
 */
export async function insertOrders(db: Db, orders: NewOrderRow[]): Promise<void> {
  for (const batch of inBatches(orders, rowsPerInsert(26))) {
    await db.insertInto('orders').values(batch).execute();
  }
}

export async function insertOrderEvents(db: Db, events: Insertable<OrderEventsTable>[]) {
  for (const batch of inBatches(events, rowsPerInsert(5))) {
    await db.insertInto('order_events').values(batch).execute();
  }
}

export interface OrdersPage {
  storeId?: string;
  status?: OrderSummary['status'];
  from?: number;
  to?: number;
  after?: OrderCursor;
  limit: number;
}

/**
 * Newest first by corrected time (device time + the kiosk's clock offset), keyset-paged; `from`
 * and `to` bound the corrected time too. Personal data leaves only masked: the name and ID
 * number masked, the phone not at all.
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
      'corrected_at',
      'clock_suspect',
    ])
    .orderBy('corrected_at', 'desc')
    .orderBy('id', 'desc')
    .limit(page.limit + 1);
  if (page.storeId) query = query.where('store_id', '=', page.storeId);
  if (page.status) query = query.where('status', '=', page.status);
  if (page.from !== undefined) query = query.where('corrected_at', '>=', page.from);
  if (page.to !== undefined) query = query.where('corrected_at', '<', page.to);
  const after = page.after;
  if (after) {
    query = query.where((eb) =>
      eb.or([
        eb('corrected_at', '<', after.correctedAt),
        eb.and([eb('corrected_at', '=', after.correctedAt), eb('id', '<', after.id)]),
      ]),
    );
  }
  const rows = await query.execute();
  const pageRows = rows.slice(0, page.limit);
  const last = pageRows.at(-1);
  const names = await catalogueNames(db, pageRows);
  return {
    orders: pageRows.map((row) => ({
      id: row.id,
      ticket: row.ticket,
      storeId: row.store_id,
      deviceId: row.device_id,
      handsetId: row.handset_id,
      handsetName: names.handsets.get(row.handset_id ?? '') ?? null,
      planId: row.plan_id,
      planName: names.plans.get(row.plan_id ?? '') ?? null,
      number: row.number,
      customerName: maskName(row.customer_name),
      idNumberMasked: maskIdNumber(row.id_number),
      totalFen: row.total_fen,
      status: row.status,
      deviceCreatedAt: row.device_created_at,
      receivedAt: row.received_at,
      correctedAt: row.corrected_at,
      clockSuspect: row.clock_suspect,
    })),
    cursor:
      rows.length > page.limit && last
        ? encodeOrderCursor({ correctedAt: last.corrected_at, id: last.id })
        : null,
  };
}

/** The names of a page's handsets and plans, read once for the page. */
async function catalogueNames(
  db: Db,
  rows: readonly { handset_id: string | null; plan_id: string | null }[],
): Promise<{ handsets: Map<string, string>; plans: Map<string, LocalText> }> {
  const handsetIds = [...new Set(rows.flatMap((row) => (row.handset_id ? [row.handset_id] : [])))];
  const planIds = [...new Set(rows.flatMap((row) => (row.plan_id ? [row.plan_id] : [])))];
  const [handsets, plans] = await Promise.all([
    handsetIds.length === 0
      ? []
      : db
          .selectFrom('handsets')
          .select(['id', 'brand', 'model'])
          .where('id', 'in', handsetIds)
          .execute(),
    planIds.length === 0
      ? []
      : db
          .selectFrom('plans')
          .select(['id', 'name_zh', 'name_en'])
          .where('id', 'in', planIds)
          .execute(),
  ]);
  return {
    handsets: new Map(handsets.map((h) => [h.id, `${h.brand} ${h.model}`])),
    plans: new Map(plans.map((p) => [p.id, { zh: p.name_zh, en: p.name_en }])),
  };
}
