import {
  bundleSchema,
  serviceSchema,
  type Bundle,
  type ClerkBadge,
  type Service,
} from '../../shared';
import type { Db } from '../db/schema';
import { appendChanges } from './changes-repo';

/** Services and gift boxes: kept as their published JSON, listed by `sort`. */
export type OfferEntity = 'service' | 'bundle';
export const offerTables = { service: 'services', bundle: 'bundles' } as const;

export function offerToRow(offer: Service | Bundle) {
  return { id: offer.id, data: JSON.stringify(offer), sort: offer.sort };
}

export const serviceFromJson = (data: string): Service => serviceSchema.parse(JSON.parse(data));
export const bundleFromJson = (data: string): Bundle => bundleSchema.parse(JSON.parse(data));

export async function insertOffers(
  db: Db,
  offers: { services: readonly Service[]; bundles: readonly Bundle[] },
  now: number,
): Promise<void> {
  for (const entity of ['service', 'bundle'] as const) {
    const rows = entity === 'service' ? offers.services : offers.bundles;
    if (rows.length === 0) continue;
    await db.insertInto(offerTables[entity]).values(rows.map(offerToRow)).execute();
    await appendChanges(
      db,
      rows.map((data) => ({ entity, key: data.id, op: 'put', data, storeId: null })),
      now,
    );
  }
}

/**
 * The clerks a store's kiosks know by badge, as a change only that store's kiosks pull.
 * Written whenever a clerk gets, changes or loses a badge.
 */
export async function publishClerkBadges(
  db: Db,
  badges: readonly (ClerkBadge | { id: string; storeId: string; badge: null })[],
  now: number,
): Promise<void> {
  await appendChanges(
    db,
    badges.map((clerk) =>
      clerk.badge === null
        ? { entity: 'clerk', key: clerk.id, op: 'delete', data: null, storeId: clerk.storeId }
        : { entity: 'clerk', key: clerk.id, op: 'put', data: clerk, storeId: clerk.storeId },
    ),
    now,
  );
}
