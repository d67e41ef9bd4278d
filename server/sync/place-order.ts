import {
  cartProblem,
  correctOrderTime,
  priceCart,
  pushReasons,
  samePricing,
  type Bundle,
  type MutationOf,
  type Plan,
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

export type OrderDecision =
  | {
      outcome: Exclude<MutationOutcome, { status: 'applied' }>;
      /** A lost number: offer numbers of its tier (null: a number the store does not have). */
      alternativesFor?: { priceFen: number; tierId: string | null };
    }
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

  const chosen = draft.number ? lookups.numbers.get(draft.number) : undefined;
  // Another kiosk's live hold counts as a sale: its customer is at the till with that number.
  const holder = draft.number ? lookups.holders?.get(draft.number) : undefined;
  const heldByAnother = holder !== undefined && holder !== device.id;
  if (
    draft.number &&
    (chosen?.status !== 'available' || claims.numbers.has(draft.number) || heldByAnother)
  ) {
    const claimedPrice = draft.lines.find((line) => line.kind === 'number')?.unitFen ?? 0;
    return {
      outcome: { status: 'conflict', reason: pushReasons.numberUnavailable },
      alternativesFor: {
        priceFen: chosen?.priceFen ?? claimedPrice,
        tierId: chosen?.tierId ?? null,
      },
    };
  }

  // The tier's minimum plan as the server holds it now (HQ may have raised it since the kiosk
  // last synced): a clerk settles the plan with the customer, as for a changed price.
  if (chosen && (plan?.monthlyFeeFen ?? 0) < chosen.minPlanFeeFen) {
    return { outcome: { status: 'conflict', reason: pushReasons.numberNeedsPlan } };
  }

  const serverPricing = priceCart({
    handset:
      draft.handsetId && handsetPrice !== undefined
        ? { id: draft.handsetId, priceFen: handsetPrice }
        : null,
    plan: plan ?? null,
    number: draft.number && chosen ? { number: draft.number, priceFen: chosen.priceFen } : null,
    bundle: bundle ?? null,
    services,
  });
  if (!samePricing(serverPricing, { lines: draft.lines, totalFen: draft.totalFen })) {
    return { outcome: { status: 'conflict', reason: pushReasons.priceChanged } };
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
