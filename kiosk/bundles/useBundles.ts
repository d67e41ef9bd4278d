import { useLiveQuery } from 'dexie-react-hooks';
import {
  bundleSaving,
  bundleSchema,
  handsetSchema,
  planSchema,
  serviceSchema,
  type Bundle,
  type Handset,
  type Plan,
  type Service,
} from '../../shared';
import { database } from '../app/database';
import { restoreRows } from '../restore';

/** A gift box with what it holds, read from the kiosk's content, and what it saves. */
export interface BundleOffer {
  bundle: Bundle;
  handset: Handset;
  plan: Plan | null;
  services: Service[];
  separateFen: number;
  savingFen: number;
}

async function readOffers(bundles: readonly Bundle[]): Promise<BundleOffer[]> {
  const [handsetRows, planRows, serviceRows] = await Promise.all([
    database.handsets.bulkGet(bundles.map((bundle) => bundle.handsetId)),
    database.plans.toArray(),
    database.services.toArray(),
  ]);
  const handsets = new Map(
    restoreRows(handsetSchema, handsetRows.filter(Boolean), 'handsets').map((h) => [h.id, h]),
  );
  const plans = new Map(restoreRows(planSchema, planRows, 'plans').map((p) => [p.id, p]));
  const services = restoreRows(serviceSchema, serviceRows, 'services');
  const offers: BundleOffer[] = [];
  for (const bundle of bundles) {
    const handset = handsets.get(bundle.handsetId);
    // A box whose handset is not published (yet) cannot be sold: it is not shown.
    if (!handset) continue;
    const included = services.filter((service) => bundle.serviceIds.includes(service.id));
    offers.push({
      bundle,
      handset,
      plan: bundle.planId ? (plans.get(bundle.planId) ?? null) : null,
      services: included,
      ...bundleSaving(bundle, handset, included),
    });
  }
  return offers;
}

/** Every published gift box, in HQ's order. */
export function useBundleOffers(): BundleOffer[] | undefined {
  return useLiveQuery(async () => {
    const rows = await database.bundles.orderBy('sort').toArray();
    return readOffers(restoreRows(bundleSchema, rows, 'bundles'));
  });
}

/** The gift boxes that hold this handset. */
export function useBundleOffersFor(handsetId: string): BundleOffer[] | undefined {
  return useLiveQuery(async () => {
    const rows = await database.bundles.where('handsetId').equals(handsetId).toArray();
    const bundles = restoreRows(bundleSchema, rows, 'bundles').sort((a, b) => a.sort - b.sort);
    return readOffers(bundles);
  }, [handsetId]);
}
