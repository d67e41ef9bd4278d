import {
  cartProblem,
  correctOrderTime,
  priceCart,
  pushReasons,
  samePricing,
  type Bundle,
  type MutationOf,
  type OrderConflictReason,
  type OrderDraft,
  type Plan,
  type PricedCart,
  type Service,
} from '../../shared';
import type { StoreNumber } from '../content/numbers-repo';
import type { NewOrderRow } from '../db/schema';
import type { AuthenticatedDevice } from '../http/fastify-types';
import type { MutationOutcome } from './applied-mutations-repo';

export interface PushContext {
  receivedAt: number;
  /** Server receive time minus the device's `sentAt`; else the device's last estimate. */
  clockOffsetMs: number | null;
}

/** What the batch's reads found, for the device's store. */
export interface OrderLookups {
  handsetPrices: ReadonlyMap<string, number>;
  plans: ReadonlyMap<string, Plan>;
  bundles: ReadonlyMap<string, Bundle>;
  services: ReadonlyMap<string, Service>;
  /** The store's clerks by badge → user id; a badge not here leaves the sale to the store. */
  clerks: ReadonlyMap<string, string>;
  numbers: ReadonlyMap<string, StoreNumber>;
  existingOrderIds: ReadonlySet<string>;
  /** Live holds on the chosen numbers: number → the holding device (none read: no holds). */
  holders?: ReadonlyMap<string, string>;
}

/** What earlier mutations of the same batch took: the first order wins within a batch too. */
export interface BatchClaims {
  orderIds: Set<string>;
  numbers: Set<string>;
}

/** What the store's conflict queue keeps of an order conflict besides the draft. */
export interface ConflictFacts {
  reason: OrderConflictReason;
  /** The chosen number's tier; null: no number, or one the store does not have. */
  tierId: string | null;
  /** The lost number's price (`number_unavailable`), else the chosen number's, else 0. */
  priceFen: number;
  /** `number_needs_plan`: the order plan's monthly fee, which alternatives must allow. */
  planFeeFen: number;
  /** `price_changed`: the order's total at the store's prices now. */
  todayTotalFen: number | null;
}

export type OrderDecision =
  | { outcome: Extract<MutationOutcome, { status: 'rejected' }> }
  | { outcome: Extract<MutationOutcome, { status: 'conflict' }>; conflict: ConflictFacts }
  | {
      outcome: Extract<MutationOutcome, { status: 'applied' }>;
      order: NewOrderRow;
      sale: { number: string; priceFen: number } | null;
    };

/**
 * Decides an `order.place` with the server's own prices and the store's own number pool, from
 * what the batch read; the caller writes the result. Checked in this order: the store, the
 * catalogue, the order id, the number, the price.
 */
export function decideOrder(
  device: AuthenticatedDevice,
  mutation: MutationOf<'order.place'>,
  lookups: OrderLookups,
  claims: BatchClaims,
  context: PushContext,
): OrderDecision {
  const draft = mutation.payload;
  const rejected = (reason: string): OrderDecision => ({ outcome: { status: 'rejected', reason } });
  if (draft.storeId !== device.storeId) return rejected(pushReasons.wrongStore);

  const handsetPrice = draft.handsetId ? lookups.handsetPrices.get(draft.handsetId) : undefined;
  if (draft.handsetId && handsetPrice === undefined) return rejected(pushReasons.unknownHandset);
  const plan = draft.planId ? lookups.plans.get(draft.planId) : undefined;
  if (draft.planId && !plan) return rejected(pushReasons.unknownPlan);
  const bundle = draft.bundleId ? lookups.bundles.get(draft.bundleId) : undefined;
  if (draft.bundleId && !bundle) return rejected(pushReasons.unknownBundle);
  const services: Service[] = [];
  for (const id of draft.serviceIds) {
    const service = lookups.services.get(id);
    if (!service) return rejected(pushReasons.unknownService);
    services.push(service);
  }
  if (cartProblem({ ...draft, bundle: bundle ?? null }))
    return rejected(pushReasons.bundleMismatch);
  if (lookups.existingOrderIds.has(draft.id) || claims.orderIds.has(draft.id)) {
    return rejected(pushReasons.duplicateOrder);
  }

  const conflict = (
    reason: OrderConflictReason,
    facts: { tierId: string | null; priceFen: number; todayTotalFen?: number },
  ): OrderDecision => ({
    outcome: { status: 'conflict', reason },
    conflict: {
      reason,
      ...facts,
      planFeeFen: plan?.monthlyFeeFen ?? 0,
      todayTotalFen: facts.todayTotalFen ?? null,
    },
  });

  const chosen = draft.number ? lookups.numbers.get(draft.number) : undefined;
  // Another kiosk's live hold counts as a sale: its customer is at the till with that number.
  const holder = draft.number ? lookups.holders?.get(draft.number) : undefined;
  const heldByAnother = holder !== undefined && holder !== device.id;
  if (
    draft.number &&
    (chosen?.status !== 'available' || claims.numbers.has(draft.number) || heldByAnother)
  ) {
    const claimedPrice = draft.lines.find((line) => line.kind === 'number')?.unitFen ?? 0;
    return conflict(pushReasons.numberUnavailable, {
      priceFen: chosen?.priceFen ?? claimedPrice,
      tierId: chosen?.tierId ?? null,
    });
  }

  // The tier's minimum plan as the server holds it now (HQ may have raised it since the kiosk
  // last synced): a clerk settles the plan with the customer, as for a changed price.
  if (chosen && (plan?.monthlyFeeFen ?? 0) < chosen.minPlanFeeFen) {
    return conflict(pushReasons.numberNeedsPlan, {
      priceFen: chosen.priceFen,
      tierId: chosen.tierId,
    });
  }

  const serverPricing = todaysPricing(draft, lookups);
  if (!samePricing(serverPricing, { lines: draft.lines, totalFen: draft.totalFen })) {
    return conflict(pushReasons.priceChanged, {
      priceFen: chosen?.priceFen ?? 0,
      tierId: chosen?.tierId ?? null,
      todayTotalFen: serverPricing.totalFen,
    });
  }

  claims.orderIds.add(draft.id);
  if (draft.number) claims.numbers.add(draft.number);
  const clock = correctOrderTime({
    deviceTime: draft.createdAt,
    offsetMs: context.clockOffsetMs,
    receivedAt: context.receivedAt,
  });
  return {
    outcome: { status: 'applied', result: { orderId: draft.id, ticket: draft.ticket } },
    order: {
      id: draft.id,
      ticket: draft.ticket,
      store_id: draft.storeId,
      device_id: device.id,
      handset_id: draft.handsetId,
      colour: draft.colour,
      plan_id: draft.planId,
      number: draft.number,
      customer_name: draft.customer.name,
      id_number: draft.customer.idNumber,
      customer_phone: draft.customer.phone,
      bundle_id: draft.bundleId,
      zone_id: draft.zoneId,
      // `?.`: a draft kept in the conflict queue from before migration 016 has no consent.
      consent_text_version: draft.consent?.textVersion ?? null,
      consent_given_at: draft.consent?.givenAt ?? null,
      service_ids: JSON.stringify(draft.serviceIds),
      clerk_badge: draft.clerkBadge,
      clerk_id: draft.clerkBadge ? (lookups.clerks.get(draft.clerkBadge) ?? null) : null,
      lines: JSON.stringify(serverPricing.lines),
      total_fen: serverPricing.totalFen,
      status: 'received',
      device_created_at: draft.createdAt,
      received_at: context.receivedAt,
      clock_offset_ms: context.clockOffsetMs,
      corrected_at: clock.correctedAt,
      clock_suspect: clock.suspicion,
    },
    sale: draft.number && chosen ? { number: draft.number, priceFen: chosen.priceFen } : null,
  };
}

/**
 * The order's lines and total with the store's prices as the lookups read them: the shared
 * pricing, fed from the server's catalogue and pool, never from the kiosk's lines. What the
 * lookups lack is left out (`decideOrder` refuses such an order before pricing it).
 */
export function todaysPricing(draft: OrderDraft, lookups: OrderLookups): PricedCart {
  const handsetPrice = draft.handsetId ? lookups.handsetPrices.get(draft.handsetId) : undefined;
  const chosen = draft.number ? lookups.numbers.get(draft.number) : undefined;
  return priceCart({
    handset:
      draft.handsetId && handsetPrice !== undefined
        ? { id: draft.handsetId, priceFen: handsetPrice }
        : null,
    plan: (draft.planId ? lookups.plans.get(draft.planId) : undefined) ?? null,
    number: draft.number && chosen ? { number: draft.number, priceFen: chosen.priceFen } : null,
    bundle: (draft.bundleId ? lookups.bundles.get(draft.bundleId) : undefined) ?? null,
    services: draft.serviceIds.flatMap((id) => lookups.services.get(id) ?? []),
  });
}
