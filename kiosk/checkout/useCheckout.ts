import { useLiveQuery } from 'dexie-react-hooks';
import {
  planSchema,
  poolNumberSchema,
  type Plan,
  type PoolNumber,
  type PricedCart,
} from '../../shared';
import { database } from '../app/database';
import { restoreRows } from '../restore';
import { priceSelection, readSelection, type OrderSelection } from './placeOrder';

export function usePlans(): Plan[] | undefined {
  return useLiveQuery(async () =>
    restoreRows(planSchema, await database.plans.orderBy('sort').toArray(), 'plans'),
  );
}

const numbersOffered = 8;

/** A few available numbers of this store's pool to choose from (number search is issue #4). */
export function useOfferedNumbers(): PoolNumber[] | undefined {
  return useLiveQuery(async () => {
    const rows = await database.numbers.where('status').equals('available').limit(200).toArray();
    return restoreRows(poolNumberSchema, rows, 'numbers')
      .sort((a, b) => a.priceFen - b.priceFen || a.number.localeCompare(b.number))
      .slice(0, numbersOffered);
  });
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
