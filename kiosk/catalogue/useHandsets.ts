import { useLiveQuery } from 'dexie-react-hooks';
import { handsetSchema, handsetStockSchema, type Handset } from '../../shared';
import { database } from '../app/database';
import { readMeta } from '../db';
import { restoreRow, restoreRows } from '../restore';

/** Every published handset, newest first and flagships first within a year. */
export function useHandsets(): Handset[] | undefined {
  return useLiveQuery(async () => {
    const rows = restoreRows(handsetSchema, await database.handsets.toArray(), 'handsets');
    return rows.sort(
      (a, b) => b.year - a.year || b.priceFen - a.priceFen || a.id.localeCompare(b.id),
    );
  });
}

export function useHandset(handsetId: string | null): Handset | null | undefined {
  return useLiveQuery(
    async () =>
      handsetId
        ? restoreRow(handsetSchema, await database.handsets.get(handsetId), 'handsets')
        : null,
    [handsetId],
  );
}

/** Units of every handset in this kiosk's store, by handset id. */
export function useStoreStockMap(): ReadonlyMap<string, number> | undefined {
  return useLiveQuery(async () => {
    const identity = await readMeta(database, 'identity');
    if (!identity) return new Map<string, number>();
    const rows = restoreRows(
      handsetStockSchema,
      await database.stock.where('storeId').equals(identity.storeId).toArray(),
      'stock',
    );
    const units = new Map<string, number>();
    for (const row of rows)
      units.set(row.handsetId, (units.get(row.handsetId) ?? 0) + row.quantity);
    return units;
  });
}

/** Units of the handset in this kiosk's store (null while unknown). */
export function useStoreStock(handsetId: string | null): number | null | undefined {
  return useLiveQuery(async () => {
    if (!handsetId) return null;
    const identity = await readMeta(database, 'identity');
    const rows = restoreRows(
      handsetStockSchema,
      await database.stock.where('handsetId').equals(handsetId).toArray(),
      'stock',
    );
    const mine = rows.filter((row) => row.storeId === identity?.storeId);
    return mine.length === 0 ? null : mine.reduce((sum, row) => sum + row.quantity, 0);
  }, [handsetId]);
}
