import type { Store } from '../../shared';
import { appendChanges } from '../content/changes-repo';
import type { Db, StoreRow } from '../db/schema';

export function storeFromRow(row: StoreRow): Store {
  return { id: row.id, name: row.name, city: row.city, district: row.district, type: row.type };
}

/** Every store, or only `storeId`, in the order HQ lists them. */
export async function listStores(db: Db, onlyStoreId?: string | null): Promise<Store[]> {
  let query = db.selectFrom('stores').selectAll().orderBy('sort').orderBy('id');
  if (onlyStoreId) query = query.where('id', '=', onlyStoreId);
  return (await query.execute()).map(storeFromRow);
}

export async function storeExists(db: Db, storeId: string): Promise<boolean> {
  const row = await db
    .selectFrom('stores')
    .select('id')
    .where('id', '=', storeId)
    .executeTakeFirst();
  return row !== undefined;
}

export async function firstStoreId(db: Db): Promise<string | undefined> {
  const row = await db
    .selectFrom('stores')
    .select('id')
    .orderBy('sort')
    .orderBy('id')
    .executeTakeFirst();
  return row?.id;
}

export async function insertStores(db: Db, stores: (Store & { sort: number })[], now: number) {
  if (stores.length === 0) return;
  await db
    .insertInto('stores')
    .values(stores.map((store) => ({ ...store, created_at: now })))
    .execute();
  await appendChanges(
    db,
    stores.map(({ sort: _sort, ...store }) => ({
      entity: 'store',
      key: store.id,
      op: 'put',
      data: store,
      storeId: null,
    })),
    now,
  );
}
