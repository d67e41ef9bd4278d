import { useLiveQuery } from 'dexie-react-hooks';
import { handsetSchema, planSchema, type Handset, type Plan } from '../../../shared';
import { database } from '../../app/database';
import { restoreRows } from '../../restore';

export interface Offer {
  plans: Plan[];
  handsets: Handset[];
}

/** The published plans and handsets an experience names, in its order; withdrawn ones drop out. */
export function useOffer(planIds: readonly string[], handsetIds: readonly string[]) {
  const planKey = planIds.join('|');
  const handsetKey = handsetIds.join('|');
  return useLiveQuery(async (): Promise<Offer> => {
    const [plans, handsets] = await Promise.all([
      database.plans.bulkGet(planKey ? planKey.split('|') : []),
      database.handsets.bulkGet(handsetKey ? handsetKey.split('|') : []),
    ]);
    return {
      plans: restoreRows(planSchema, plans.filter(Boolean), 'plans'),
      handsets: restoreRows(handsetSchema, handsets.filter(Boolean), 'handsets'),
    };
  }, [planKey, handsetKey]);
}

/** The newest published handsets, flagships first within a year (the trend zone's "new"). */
export function useNewestHandsets(count: number): Handset[] | undefined {
  return useLiveQuery(async () => {
    const rows = restoreRows(handsetSchema, await database.handsets.toArray(), 'handsets');
    return rows
      .sort((a, b) => b.year - a.year || b.priceFen - a.priceFen || a.id.localeCompare(b.id))
      .slice(0, count);
  }, [count]);
}
