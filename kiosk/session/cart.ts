import type { Bundle } from '../../shared';

/**
 * The parts of the session a customer builds up while choosing: the compare list, the gift
 * box and the value-added services. Pure rules over plain values; the session machine's
 * actions call them, so they read the same in a test as on screen.
 */

/** What the session keeps of a chosen gift box: what it holds, so its parts stay locked. */
export type BundleChoice = Pick<Bundle, 'id' | 'handsetId' | 'planId' | 'serviceIds'>;

export const compareLimit = 3;

/** Adds the handset to the compare list, or takes it out; a full list takes no more. */
export function toggleCompared(compared: readonly string[], handsetId: string): string[] {
  if (compared.includes(handsetId)) return compared.filter((id) => id !== handsetId);
  if (compared.length >= compareLimit) return [...compared];
  return [...compared, handsetId];
}

export interface CartParts {
  handsetId: string | null;
  planId: string | null;
  serviceIds: string[];
  bundle: BundleChoice | null;
}

/** Taking a gift box: its handset, its plan (when it names one) and its services. */
export function takeBundle(cart: CartParts, bundle: BundleChoice): CartParts {
  const others = cart.serviceIds.filter((id) => !bundle.serviceIds.includes(id));
  return {
    handsetId: bundle.handsetId,
    planId: bundle.planId ?? cart.planId,
    serviceIds: [...bundle.serviceIds, ...others],
    bundle,
  };
}

/** Without its gift box the cart keeps the handset and plan; the box's own services go with it. */
export function dropBundle(cart: CartParts): CartParts {
  if (!cart.bundle) return cart;
  const included = cart.bundle.serviceIds;
  return {
    ...cart,
    serviceIds: cart.serviceIds.filter((id) => !included.includes(id)),
    bundle: null,
  };
}

/** A gift box lasts only as long as its handset is the one in the cart. */
export function keepBundleWithItsHandset(cart: CartParts): CartParts {
  return cart.bundle && cart.bundle.handsetId !== cart.handsetId ? dropBundle(cart) : cart;
}

/** Adds or removes a service; those the gift box includes stay while the box is chosen. */
export function toggleService(cart: CartParts, serviceId: string): string[] {
  if (cart.bundle?.serviceIds.includes(serviceId)) return cart.serviceIds;
  return cart.serviceIds.includes(serviceId)
    ? cart.serviceIds.filter((id) => id !== serviceId)
    : [...cart.serviceIds, serviceId];
}

/** A gift box that names a plan keeps it: another plan means taking the box out first. */
export function planAllowed(bundle: BundleChoice | null, planId: string | null): boolean {
  return bundle?.planId == null || bundle.planId === planId;
}
