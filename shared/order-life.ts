import { z } from 'zod';
import { ordersQuerySchema } from './api';
import { orderLineSchema, orderStatusSchema, orderSummarySchema, type OrderStatus } from './order';
import { epochMsSchema, idSchema } from './text';

/**
 * An order's life in the store after the kiosk delivers it: a clerk checks the customer's ID
 * and takes the handset from stock (confirm), the line is switched on (activate), or the order
 * is cancelled with a reason at any point before that ends.
 */
export const orderActions = ['confirm', 'activate', 'cancel'] as const;
export type OrderAction = (typeof orderActions)[number];

/** The status each action leads to, and the statuses it may start from. */
export const orderActionTarget = {
  confirm: 'confirmed',
  activate: 'activated',
  cancel: 'cancelled',
} as const satisfies Record<OrderAction, OrderStatus>;

export const orderActionFrom = {
  confirm: ['received'],
  activate: ['confirmed'],
  cancel: ['received', 'confirmed', 'activated'],
} as const satisfies Record<OrderAction, readonly OrderStatus[]>;

export function canApplyAction(action: OrderAction, status: OrderStatus): boolean {
  return (orderActionFrom[action] as readonly OrderStatus[]).includes(status);
}

/** The actions an order in `status` allows, in the order a clerk meets them. */
export function allowedActions(status: OrderStatus): OrderAction[] {
  return orderActions.filter((action) => canApplyAction(action, status));
}

/** A confirmed or activated order has taken its handset from the store's stock. */
export function hasTakenStock(status: OrderStatus): boolean {
  return status === 'confirmed' || status === 'activated';
}

/** The reasons that fit an order in `status`: only an activated line can churn. */
export function cancelReasonsFor(status: OrderStatus): CancelReason[] {
  return cancelReasonSchema.options.filter(
    (reason) => reason !== 'early_churn' || status === 'activated',
  );
}

/**
 * Whether cancelling an order in `status` for `reason` puts its handset back on the shelf:
 * yes if it had been taken, except for an early churn, where the customer left with the phone
 * weeks ago and only the line is lost.
 */
export function cancelRestocks(status: OrderStatus, reason: CancelReason): boolean {
  return hasTakenStock(status) && reason !== 'early_churn';
}

export const cancelReasonSchema = z.enum([
  'customer_changed_mind',
  'id_check_failed',
  'out_of_stock',
  'number_unavailable',
  'duplicate',
  'early_churn',
  'other',
]);
export type CancelReason = z.infer<typeof cancelReasonSchema>;

const noteSchema = z.string().trim().max(200, 'A note has at most 200 characters');

/**
 * "ID checked" and "payment taken" must be affirmed: the customer pays the order's total at the
 * counter as the clerk confirms; a confirm without either is refused, not assumed.
 */
export const confirmOrderRequestSchema = z.strictObject({
  idChecked: z.literal(true, 'Check the customer’s ID first'),
  paymentTaken: z.literal(true, 'Take the payment at the counter first'),
  note: noteSchema.optional(),
});
export type ConfirmOrderRequest = z.infer<typeof confirmOrderRequestSchema>;

export const activateOrderRequestSchema = z.strictObject({ note: noteSchema.optional() });
export type ActivateOrderRequest = z.infer<typeof activateOrderRequestSchema>;

export const cancelOrderRequestSchema = z
  .strictObject({ reason: cancelReasonSchema, note: noteSchema.optional() })
  .refine((body) => body.reason !== 'other' || (body.note ?? '').length > 0, {
    message: 'Say why when the reason is “other”',
    path: ['note'],
  });
export type CancelOrderRequest = z.infer<typeof cancelOrderRequestSchema>;

export const orderIdParamsSchema = z.object({ id: z.uuid() });

/** The console's list query, with the status filter. */
export const orderListQuerySchema = ordersQuerySchema.extend({
  status: orderStatusSchema.optional(),
});
export type OrderListQuery = z.infer<typeof orderListQuerySchema>;

/** Who made a step: a console user, or the kiosk that delivered the order. */
export const orderActorSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('user'), id: idSchema, displayName: z.string() }),
  z.object({ kind: z.literal('device'), id: idSchema, label: z.string() }),
  z.object({ kind: z.literal('unknown'), id: z.string() }),
]);
export type OrderActor = z.infer<typeof orderActorSchema>;

export const orderEventSchema = z.object({
  status: orderStatusSchema,
  actor: orderActorSchema,
  at: epochMsSchema,
  note: z.string().nullable(),
});
export type OrderEvent = z.infer<typeof orderEventSchema>;

/** One order as the console's detail shows it: still only masked personal data. */
export const orderDetailSchema = orderSummarySchema.extend({
  colour: z.string().nullable(),
  handsetName: z.string().nullable(),
  planName: z.object({ zh: z.string(), en: z.string() }).nullable(),
  bundle: z.object({ id: idSchema, name: z.object({ zh: z.string(), en: z.string() }) }).nullable(),
  services: z.array(z.object({ id: idSchema, name: z.object({ zh: z.string(), en: z.string() }) })),
  lines: z.array(orderLineSchema),
  customerPhoneMasked: z.string(),
  clerkBadge: z.string().nullable(),
  clerk: z.object({ id: idSchema, displayName: z.string() }).nullable(),
  cancelReason: cancelReasonSchema.nullable(),
  /**
   * The consent ticked on the kiosk: the wording's version (`orderConsentTexts`) and when, by the
   * kiosk's clock. Null for an order placed before the kiosk sent it (migration 016).
   */
  consent: z.object({ textVersion: z.string(), givenAt: epochMsSchema }).nullable(),
  /** What the clerk took at the counter on confirming; null until then (and before 017). */
  paidFen: z.number().int().nonnegative().nullable(),
  events: z.array(orderEventSchema),
  /** The store's stock of the order's handset now; null without a handset. */
  stockLeft: z.number().int().nullable(),
  /** Net commission the order has earned so far (sum of its ledger lines). */
  commissionFen: z.number().int(),
});
export type OrderDetail = z.infer<typeof orderDetailSchema>;

export const orderDetailResponseSchema = z.object({ order: orderDetailSchema });
export type OrderDetailResponse = z.infer<typeof orderDetailResponseSchema>;

/**
 * A ticket's status on the follow-up page: its order's, or `atCounter` while the order waits in
 * the store's conflict queue for a clerk and the customer (its price or number changed).
 */
export const followStatusSchema = z.enum([...orderStatusSchema.options, 'atCounter']);
export type FollowStatus = z.infer<typeof followStatusSchema>;

/** What the public follow-up page knows: no name, ID, phone, number or price. */
export const followUpSchema = z.object({
  ticket: z.string(),
  status: followStatusSchema,
  store: z.object({ id: idSchema, name: z.string() }),
  steps: z.array(z.object({ status: orderStatusSchema, at: epochMsSchema })),
});
export type FollowUp = z.infer<typeof followUpSchema>;

export const ticketSchema = z.string().regex(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/);
