import {
  bundleSchema,
  cartProblem,
  handsetSchema,
  orderDraftSchema,
  planSchema,
  poolNumberSchema,
  priceCart,
  samePricing,
  serviceSchema,
  ticketFromUuid,
  type Bundle,
  type Handset,
  type OrderConsent,
  type OrderDraft,
  type Plan,
  type PoolNumber,
  type PricedCart,
  type Service,
} from '../../shared';
import { readMeta, type KioskDatabase, type LocalOrder, type OutboxEntry } from '../db';
import { restoreRow, restoreRows } from '../restore';

export interface OrderRequest {
  handsetId: string | null;
  colour: string | null;
  planId: string | null;
  number: string | null;
  bundleId: string | null;
  serviceIds: readonly string[];
  /** The badge of the clerk who helped, or null. */
  clerkBadge: string | null;
  /** The zone whose offer ("get this") led to the order, or null. */
  zoneId: string | null;
  customer: { name: string; idNumber: string; phone: string };
  /** The consent ticked before review; null never gets past the draft's parse. */
  consent: OrderConsent | null;
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

/** The cart is not what its gift box holds (the box changed under it): review again. */
export class CartMismatchError extends Error {
  constructor(problem: string) {
    super(`The cart does not match its gift box (${problem})`);
    this.name = 'CartMismatchError';
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
  bundle: Bundle | null;
  /** In the order the customer added them; a service no longer published is left out. */
  services: Service[];
}

export type SelectionRequest = Pick<
  OrderRequest,
  'handsetId' | 'planId' | 'number' | 'bundleId' | 'serviceIds'
>;

export async function readSelection(
  db: KioskDatabase,
  request: SelectionRequest,
): Promise<OrderSelection> {
  const [handset, plan, number, bundle, services] = await Promise.all([
    request.handsetId ? db.handsets.get(request.handsetId) : undefined,
    request.planId ? db.plans.get(request.planId) : undefined,
    request.number ? db.numbers.get(request.number) : undefined,
    request.bundleId ? db.bundles.get(request.bundleId) : undefined,
    db.services.bulkGet([...request.serviceIds]),
  ]);
  return {
    handset: restoreRow(handsetSchema, handset, 'handsets'),
    plan: restoreRow(planSchema, plan, 'plans'),
    number: restoreRow(poolNumberSchema, number, 'numbers'),
    bundle: restoreRow(bundleSchema, bundle, 'bundles'),
    services: restoreRows(
      serviceSchema,
      services.filter((row) => row !== undefined),
      'services',
    ),
  };
}

/** The one price rule of shared/, applied to what the customer picked. */
export function priceSelection(selection: OrderSelection): PricedCart {
  return priceCart(selection);
}

/** Why the selection cannot be sold as it is (shared `cartProblem`), or null. */
export function selectionProblem({ handset, plan, bundle, services }: OrderSelection) {
  return cartProblem({
    handsetId: handset?.id ?? null,
    planId: plan?.id ?? null,
    serviceIds: services.map((service) => service.id),
    bundle,
  });
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
  const problem = selectionProblem(selection);
  if (problem) throw new CartMismatchError(problem);
  if (request.bundleId && !selection.bundle) throw new PricesChangedError();
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
    bundleId: selection.bundle?.id ?? null,
    serviceIds: selection.services.map((service) => service.id),
    clerkBadge: request.clerkBadge,
    zoneId: request.zoneId,
    customer: request.customer,
    consent: request.consent,
    lines: pricing.lines,
    totalFen: pricing.totalFen,
    createdAt: now,
  });
  await placeOrder(db, draft);
  return { orderId: draft.id, ticket: draft.ticket, totalFen: draft.totalFen };
}
