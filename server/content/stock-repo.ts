import type { HandsetStock } from '../../shared';
import { inBatches } from '../db/batches';
import { rowsPerInsert } from '../db/dialect';
import type { Db } from '../db/schema';
import { appendChanges } from './changes-repo';

/** The stock row's id in the change log and on the kiosk: `<storeId>:<handsetId>`. */
export const stockId = (storeId: string, handsetId: string) => `${storeId}:${handsetId}`;

export async function insertStock(db: Db, stock: HandsetStock[], now: number): Promise<void> {
  const rows = stock.map((s) => ({
    store_id: s.storeId,
    handset_id: s.handsetId,
    quantity: s.quantity,
  }));
  for (const batch of inBatches(rows, rowsPerInsert(3))) {
    await db.insertInto('stock').values(batch).execute();
  }
  await appendChanges(
    db,
    stock.map((s) => ({ entity: 'stock', key: s.id, op: 'put', data: s, storeId: s.storeId })),
    now,
  );
}
