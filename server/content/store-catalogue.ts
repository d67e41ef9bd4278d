import type { Bundle, Handset, Plan, Service } from '../../shared';
import type { Db } from '../db/schema';
import { bundleFromJson, serviceFromJson } from './offers-repo';
import { planFromRow } from './plans-repo';

/**
 * The catalogue as one store's kiosks see it: the shared rows, unless a store-scoped version
 * put or deleted the entity for this store (content_overrides), minus withdrawn rows. Prices
 * are checked against exactly what the store's kiosks were sent.
 */
export interface StorePrices {
  handsetPrices: Map<string, number>;
  plans: Map<string, Plan>;
  bundles: Map<string, Bundle>;
  services: Map<string, Service>;
}

/** The store's own copy of an entity: its JSON, `deleted`, or null when it has none. */
function ownCopy(row: { op: 'put' | 'delete' | null; data: string | null }) {
  if (row.op === null) return null;
  return row.op === 'put' && row.data !== null ? row.data : 'deleted';
}

/**
 * One read per kind for a whole push batch, each shared row beside the store's own copy if
 * it has one (every own copy has a shared row, withdrawn if need be, so a left join finds it).
 */
export async function storePrices(
  db: Db,
  storeId: string,
  wanted: {
    handsetIds: readonly string[];
    planIds: readonly string[];
    bundleIds?: readonly string[];
    serviceIds?: readonly string[];
  },
): Promise<StorePrices> {
  const handsetPrices = new Map<string, number>();
  const plans = new Map<string, Plan>();
  if (wanted.handsetIds.length > 0) {
    const rows = await db
      .selectFrom('handsets as h')
      .leftJoin('content_overrides as o', (join) =>
        join
          .onRef('o.key', '=', 'h.id')
          .on('o.store_id', '=', storeId)
          .on('o.entity', '=', 'handset'),
      )
      .select(['h.id', 'h.price_fen', 'h.withdrawn_at', 'o.op', 'o.data'])
      .where('h.id', 'in', wanted.handsetIds)
      .execute();
    for (const row of rows) {
      const own = ownCopy(row);
      if (own === 'deleted') continue;
      if (own !== null) handsetPrices.set(row.id, (JSON.parse(own) as Handset).priceFen);
      else if (row.withdrawn_at === null) handsetPrices.set(row.id, row.price_fen);
    }
  }
  if (wanted.planIds.length > 0) {
    const rows = await db
      .selectFrom('plans as p')
      .leftJoin('content_overrides as o', (join) =>
        join.onRef('o.key', '=', 'p.id').on('o.store_id', '=', storeId).on('o.entity', '=', 'plan'),
      )
      .selectAll('p')
      .select(['o.op', 'o.data'])
      .where('p.id', 'in', wanted.planIds)
      .execute();
    for (const row of rows) {
      const own = ownCopy(row);
      if (own === 'deleted') continue;
      if (own !== null) plans.set(row.id, JSON.parse(own) as Plan);
      else if (row.withdrawn_at === null) plans.set(row.id, planFromRow(row));
    }
  }
  const bundles = await storeOffers(db, storeId, 'bundle', wanted.bundleIds ?? [], bundleFromJson);
  const services = await storeOffers(
    db,
    storeId,
    'service',
    wanted.serviceIds ?? [],
    serviceFromJson,
  );
  return { handsetPrices, plans, bundles, services };
}

/** Gift boxes or services as the store's kiosks were sent them, by id. */
async function storeOffers<T>(
  db: Db,
  storeId: string,
  entity: 'bundle' | 'service',
  ids: readonly string[],
  parse: (data: string) => T,
): Promise<Map<string, T>> {
  const found = new Map<string, T>();
  if (ids.length === 0) return found;
  const rows = await db
    .selectFrom(entity === 'bundle' ? 'bundles as x' : 'services as x')
    .leftJoin('content_overrides as o', (join) =>
      join.onRef('o.key', '=', 'x.id').on('o.store_id', '=', storeId).on('o.entity', '=', entity),
    )
    .select(['x.id', 'x.data', 'x.withdrawn_at', 'o.op', 'o.data as own'])
    .where('x.id', 'in', [...ids])
    .execute();
  for (const row of rows) {
    const own = ownCopy({ op: row.op, data: row.own });
    if (own === 'deleted') continue;
    if (own !== null) found.set(row.id, parse(own));
    else if (row.withdrawn_at === null) found.set(row.id, parse(row.data));
  }
  return found;
}
