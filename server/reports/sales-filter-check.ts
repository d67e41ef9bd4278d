import { sql } from 'kysely';
import { districtKeyOf, type SalesFilters, type User } from '../../shared';
import type { Db } from '../db/schema';
import { forbidden, HttpError } from '../http/http-error';

/**
 * A filter naming something the server has never known is a mistake (400, with the field), not
 * an empty report. A manager's filters must stay inside their store: another district or
 * store type, or another store's clerk, is another store's report (403, as `storeId` is).
 * Withdrawn handsets, plans and bundles still filter: old orders keep them.
 */
export async function checkSalesFilters(db: Db, user: User, filters: SalesFilters): Promise<void> {
  const [district, zone, handset, plan, bundle, clerk] = await Promise.all([
    filters.district === undefined
      ? undefined
      : db
          .selectFrom('stores')
          .select('id')
          .where(sql<string>`city || '/' || district`, '=', filters.district)
          .executeTakeFirst(),
    found(db, 'zones', filters.zoneId),
    found(db, 'handsets', filters.handsetId),
    found(db, 'plans', filters.planId),
    found(db, 'bundles', filters.bundleId),
    filters.clerkId === undefined
      ? undefined
      : db
          .selectFrom('users')
          .select(['id', 'store_id'])
          .where('id', '=', filters.clerkId)
          .where('store_id', 'is not', null)
          .executeTakeFirst(),
  ]);
  const fields: Record<string, string[]> = {};
  const unknown = (name: keyof SalesFilters, value: unknown, message: string) => {
    if (filters[name] !== undefined && !value) fields[name] = [message];
  };
  unknown('district', district, 'No store is in this district');
  unknown('zoneId', zone, 'No such zone');
  unknown('handsetId', handset, 'No such handset');
  unknown('planId', plan, 'No such plan');
  unknown('bundleId', bundle, 'No such bundle');
  unknown('clerkId', clerk, 'No such clerk');
  if (Object.keys(fields).length > 0)
    throw new HttpError(400, 'invalid_query', 'Some values are not valid', fields);

  if (user.role === 'hq') return;
  const own = user.storeId
    ? await db
        .selectFrom('stores')
        .select(['id', 'type', 'city', 'district'])
        .where('id', '=', user.storeId)
        .executeTakeFirst()
    : undefined;
  if (!own) throw forbidden();
  if (filters.storeType !== undefined && filters.storeType !== own.type) throw forbidden();
  if (filters.district !== undefined && filters.district !== districtKeyOf(own)) throw forbidden();
  if (clerk && clerk.store_id !== own.id) throw forbidden('That clerk works in another store');
}

async function found(
  db: Db,
  table: 'zones' | 'handsets' | 'plans' | 'bundles',
  id: string | undefined,
): Promise<boolean | undefined> {
  if (id === undefined) return undefined;
  const row = await db.selectFrom(table).select('id').where('id', '=', id).executeTakeFirst();
  return row !== undefined;
}
