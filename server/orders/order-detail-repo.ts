import {
  bundleSchema,
  cancelReasonSchema,
  maskIdNumber,
  maskName,
  maskPhone,
  orderLineSchema,
  orderStatusSchema,
  serviceSchema,
  type OrderActor,
  type OrderDetail,
} from '../../shared';
import type { Db } from '../db/schema';

function parseJson(text: string | null | undefined): unknown {
  if (!text) return null;
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** The store an order belongs to, to check scope before anything else is read. */
export async function orderStoreId(db: Db, orderId: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('orders')
    .select('store_id')
    .where('id', '=', orderId)
    .executeTakeFirst();
  return row?.store_id;
}

/**
 * One order for the console: its lines, what it names (handset, plan, gift box, services),
 * the clerk who helped, its timeline with who did each step, and only masked personal data.
 */
export async function findOrderDetail(db: Db, orderId: string): Promise<OrderDetail | undefined> {
  const order = await db
    .selectFrom('orders')
    .selectAll()
    .where('id', '=', orderId)
    .executeTakeFirst();
  if (!order) return undefined;
  const serviceIds = (parseJson(order.service_ids) as string[] | null) ?? [];

  const [handset, plan, bundleRow, serviceRows, clerk, eventRows, stock, commission] =
    await Promise.all([
      order.handset_id
        ? db
            .selectFrom('handsets')
            .select(['brand', 'model'])
            .where('id', '=', order.handset_id)
            .executeTakeFirst()
        : undefined,
      order.plan_id
        ? db
            .selectFrom('plans')
            .select(['name_zh', 'name_en'])
            .where('id', '=', order.plan_id)
            .executeTakeFirst()
        : undefined,
      order.bundle_id
        ? db
            .selectFrom('bundles')
            .select('data')
            .where('id', '=', order.bundle_id)
            .executeTakeFirst()
        : undefined,
      serviceIds.length > 0
        ? db.selectFrom('services').select(['id', 'data']).where('id', 'in', serviceIds).execute()
        : [],
      order.clerk_id
        ? db
            .selectFrom('users')
            .select(['id', 'display_name'])
            .where('id', '=', order.clerk_id)
            .executeTakeFirst()
        : undefined,
      db
        .selectFrom('order_events')
        .select(['status', 'actor', 'at', 'note'])
        .where('order_id', '=', orderId)
        .orderBy('at')
        .orderBy('id')
        .execute(),
      order.handset_id
        ? db
            .selectFrom('stock')
            .select('quantity')
            .where('store_id', '=', order.store_id)
            .where('handset_id', '=', order.handset_id)
            .executeTakeFirst()
        : undefined,
      db
        .selectFrom('commission_ledger')
        .select((eb) => eb.fn.sum<number | string | null>('amount_fen').as('total'))
        .where('order_id', '=', orderId)
        .executeTakeFirst(),
    ]);

  const actors = await actorsOf(
    db,
    eventRows.map((event) => event.actor),
  );
  const bundle = bundleSchema.safeParse(parseJson(bundleRow?.data));
  const services = new Map(
    serviceRows.flatMap((row) => {
      const service = serviceSchema.safeParse(parseJson(row.data));
      return service.success ? [[row.id, service.data.name] as const] : [];
    }),
  );
  const lines = orderLineSchema.array().safeParse(parseJson(order.lines));
  const reason = cancelReasonSchema.safeParse(order.cancel_reason);

  return {
    id: order.id,
    ticket: order.ticket,
    storeId: order.store_id,
    deviceId: order.device_id,
    handsetId: order.handset_id,
    planId: order.plan_id,
    number: order.number,
    customerName: maskName(order.customer_name),
    idNumberMasked: maskIdNumber(order.id_number),
    customerPhoneMasked: maskPhone(order.customer_phone),
    totalFen: order.total_fen,
    status: order.status,
    deviceCreatedAt: order.device_created_at,
    receivedAt: order.received_at,
    correctedAt: order.corrected_at,
    clockSuspect: order.clock_suspect,
    colour: order.colour,
    handsetName: handset ? `${handset.brand} ${handset.model}` : null,
    planName: plan ? { zh: plan.name_zh, en: plan.name_en } : null,
    bundle:
      order.bundle_id && bundle.success
        ? { id: order.bundle_id, name: bundle.data.name }
        : order.bundle_id
          ? { id: order.bundle_id, name: { zh: order.bundle_id, en: order.bundle_id } }
          : null,
    services: serviceIds.map((id) => ({ id, name: services.get(id) ?? { zh: id, en: id } })),
    lines: lines.success ? lines.data : [],
    clerkBadge: order.clerk_badge,
    clerk: clerk ? { id: clerk.id, displayName: clerk.display_name } : null,
    cancelReason: reason.success ? reason.data : null,
    consent:
      order.consent_text_version !== null && order.consent_given_at !== null
        ? { textVersion: order.consent_text_version, givenAt: Number(order.consent_given_at) }
        : null,
    paidFen: order.paid_fen === null ? null : Number(order.paid_fen),
    events: eventRows.flatMap((event) => {
      const status = orderStatusSchema.safeParse(event.status);
      if (!status.success) return [];
      return [
        {
          status: status.data,
          actor: actors.get(event.actor) ?? { kind: 'unknown' as const, id: event.actor },
          at: event.at,
          note: event.note,
        },
      ];
    }),
    stockLeft: order.handset_id ? (stock?.quantity ?? 0) : null,
    commissionFen: Number(commission?.total ?? 0),
  };
}

/** `user:<id>` and `device:<id>` of the events, with the name a person recognises. */
async function actorsOf(db: Db, actors: string[]): Promise<Map<string, OrderActor>> {
  const ids = (prefix: string) => [
    ...new Set(actors.filter((a) => a.startsWith(prefix)).map((a) => a.slice(prefix.length))),
  ];
  const userIds = ids('user:');
  const deviceIds = ids('device:');
  const [users, devices] = await Promise.all([
    userIds.length > 0
      ? db.selectFrom('users').select(['id', 'display_name']).where('id', 'in', userIds).execute()
      : [],
    deviceIds.length > 0
      ? db.selectFrom('devices').select(['id', 'label']).where('id', 'in', deviceIds).execute()
      : [],
  ]);
  const found = new Map<string, OrderActor>();
  for (const user of users)
    found.set(`user:${user.id}`, { kind: 'user', id: user.id, displayName: user.display_name });
  for (const device of devices)
    found.set(`device:${device.id}`, { kind: 'device', id: device.id, label: device.label });
  return found;
}
