import { useLiveQuery } from 'dexie-react-hooks';
import { planSchema, type Plan, type PricedCart } from '../../shared';
import { database } from '../app/database';
import { restoreRows } from '../restore';
import { priceSelection, readSelection, type OrderSelection } from './placeOrder';

export function usePlans(): Plan[] | undefined {
  return useLiveQuery(async () =>
    restoreRows(planSchema, await database.plans.orderBy('sort').toArray(), 'plans'),
  );
}

export interface PricedSelection {
  selection: OrderSelection;
  pricing: PricedCart;
}

/** What the customer picked, read from the kiosk's content, and its price by the shared rule. */
export function usePricedSelection(
  handsetId: string | null,
  planId: string | null,
  number: string | null,
): PricedSelection | undefined {
  return useLiveQuery(async () => {
    const selection = await readSelection(database, { handsetId, planId, number });
    return { selection, pricing: priceSelection(selection) };
  }, [handsetId, planId, number]);
}
