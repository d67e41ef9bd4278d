import { useLiveQuery } from 'dexie-react-hooks';
import { planSchema, serviceSchema, type Plan, type PricedCart, type Service } from '../../shared';
import { database } from '../app/database';
import { restoreRows } from '../restore';
import { useSessionSelector } from '../session/SessionContext';
import {
  priceSelection,
  readSelection,
  type OrderSelection,
  type SelectionRequest,
} from './placeOrder';

export function usePlans(): Plan[] | undefined {
  return useLiveQuery(async () =>
    restoreRows(planSchema, await database.plans.orderBy('sort').toArray(), 'plans'),
  );
}

/** The value-added services the store sells, in HQ's order. */
export function useServices(): Service[] | undefined {
  return useLiveQuery(async () =>
    restoreRows(serviceSchema, await database.services.orderBy('sort').toArray(), 'services'),
  );
}

export interface PricedSelection {
  selection: OrderSelection;
  pricing: PricedCart;
}

/** What the customer picked, read from the kiosk's content, and its price by the shared rule. */
export function usePricedSelection(request: SelectionRequest): PricedSelection | undefined {
  const { handsetId, planId, number, bundleId, serviceIds } = request;
  const services = serviceIds.join(',');
  return useLiveQuery(async () => {
    const selection = await readSelection(database, {
      handsetId,
      planId,
      number,
      bundleId,
      serviceIds: services === '' ? [] : services.split(','),
    });
    return { selection, pricing: priceSelection(selection) };
  }, [handsetId, planId, number, bundleId, services]);
}

/** The session's cart, read and priced: what the order and review screens show. */
export function useCartSelection(): PricedSelection | undefined {
  const handsetId = useSessionSelector((snapshot) => snapshot.context.handsetId);
  const planId = useSessionSelector((snapshot) => snapshot.context.planId);
  const number = useSessionSelector((snapshot) => snapshot.context.number);
  const bundleId = useSessionSelector((snapshot) => snapshot.context.bundle?.id ?? null);
  const serviceIds = useSessionSelector((snapshot) => snapshot.context.serviceIds);
  return usePricedSelection({ handsetId, planId, number, bundleId, serviceIds });
}
