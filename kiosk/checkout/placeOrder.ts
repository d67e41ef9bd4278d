import {
  handsetSchema,
  orderDraftSchema,
  planSchema,
  poolNumberSchema,
  priceCart,
  samePricing,
  ticketFromUuid,
  type Handset,
  type OrderDraft,
  type Plan,
  type PoolNumber,
  type PricedCart,
} from '../../shared';
import { readMeta, type KioskDatabase, type LocalOrder, type OutboxEntry } from '../db';
import { restoreRow } from '../restore';

export interface OrderRequest {
  handsetId: string | null;
  colour: string | null;
  planId: string | null;
  number: string | null;
  customer: { name: string; idNumber: string; phone: string };
  /** The price the customer saw and confirmed. */
  pricing: PricedCart;
}

export interface PlacedOrder {
  orderId: string;
  ticket: string;
  totalFen: number;
}

/** The content changed between review and confirm: the customer must see the new price. */
export class PricesChangedError extends Error {
  constructor() {
    super('Prices changed since the customer reviewed the order');
    this.name = 'PricesChangedError';
  }
}

export class NotEnrolledError extends Error {
  constructor() {
    super('This kiosk is not enrolled to a store yet');
    this.name = 'NotEnrolledError';
  }
}

export interface OrderSelection {
  handset: Handset | null;
  plan: Plan | null;
  number: PoolNumber | null;
}

export async function readSelection(
  db: KioskDatabase,
  request: Pick<OrderRequest, 'handsetId' | 'planId' | 'number'>,
): Promise<OrderSelection> {
  const [handset, plan, number] = await Promise.all([
    request.handsetId ? db.handsets.get(request.handsetId) : undefined,
    request.planId ? db.plans.get(request.planId) : undefined,
    request.number ? db.numbers.get(request.number) : undefined,
  ]);
  return {
    handset: restoreRow(handsetSchema, handset, 'handsets'),
    plan: restoreRow(planSchema, plan, 'plans'),
    number: restoreRow(poolNumberSchema, number, 'numbers'),
  };
}

/** The one price rule of shared/, applied to what the customer picked. */
export function priceSelection({ handset, plan, number }: OrderSelection): PricedCart {
  return priceCart({ handset, plan, number });
}

/**
 * Writes the order and its outbox entry in ONE transaction: either both exist or neither,
 * so a confirmed order can never be left out of the outbox. The chosen number is held
 * locally until the server decides.
 */
export async function placeOrder(db: KioskDatabase, draft: OrderDraft): Promise<void> {
  const order: LocalOrder = { ...draft, masked: false, status: 'queued', answer: null };
  const entry: OutboxEntry = {
    id: draft.id,
    type: 'order.place',
    payload: draft,
    createdAt: draft.createdAt,
    attempts: 0,
    lastError: null,
  };
  await db.transaction('rw', db.orders, db.outbox, db.numbers, async () => {
    await db.orders.add(order);
    await db.outbox.add(entry);
    if (draft.number) await db.numbers.update(draft.number, { status: 'held' });
  });
}

/** Builds the draft from what the kiosk holds now, checks the price the customer saw, places it. */
export async function submitOrder(
  db: KioskDatabase,
  request: OrderRequest,
  now: number = Date.now(),
  newId: () => string = () => crypto.randomUUID(),
): Promise<PlacedOrder> {
  const identity = await readMeta(db, 'identity');
  if (!identity) throw new NotEnrolledError();
  const selection = await readSelection(db, request);
  const pricing = priceSelection(selection);
  if (!samePricing(pricing, request.pricing)) throw new PricesChangedError();
  const id = newId();
  const draft = orderDraftSchema.parse({
    id,
    ticket: ticketFromUuid(id),
    storeId: identity.storeId,
    handsetId: selection.handset?.id ?? null,
    colour: request.colour,
    planId: selection.plan?.id ?? null,
    number: selection.number?.number ?? null,
    customer: request.customer,
    lines: pricing.lines,
    totalFen: pricing.totalFen,
    createdAt: now,
  });
  await placeOrder(db, draft);
  return { orderId: draft.id, ticket: draft.ticket, totalFen: draft.totalFen };
}
