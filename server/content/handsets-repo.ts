import type { Handset } from '../../shared';
import { inBatches } from '../db/batches';
import { rowsPerInsert } from '../db/dialect';
import type { Db, HandsetRow } from '../db/schema';
import { appendChanges } from './changes-repo';

function handsetToRow(handset: Handset): HandsetRow {
  return {
    id: handset.id,
    brand: handset.brand,
    model: handset.model,
    year: handset.year,
    network: handset.network,
    wcdma_bands: handset.wcdmaBands.join('/'),
    screen_in: handset.screenIn,
    resolution: handset.resolution,
    camera_mp: handset.cameraMp,
    front_camera: handset.frontCamera,
    battery_mah: handset.batteryMah,
    os: handset.os,
    storage: handset.storage,
    ram: handset.ram,
    weight_g: handset.weightG,
    colours: JSON.stringify(handset.colours),
    price_fen: handset.priceFen,
    source_url: handset.sourceUrl,
  };
}

/** Adds handsets to the catalogue and to the change log. */
export async function insertHandsets(db: Db, handsets: Handset[], now: number): Promise<void> {
  for (const batch of inBatches(handsets.map(handsetToRow), rowsPerInsert(18))) {
    await db.insertInto('handsets').values(batch).execute();
  }
  await appendChanges(
    db,
    handsets.map((handset) => ({
      entity: 'handset',
      key: handset.id,
      op: 'put',
      data: handset,
      storeId: null,
    })),
    now,
  );
}

/** What pricing needs of a handset: its id and current price. */
export async function findHandsetPrice(db: Db, id: string) {
  const row = await db
    .selectFrom('handsets')
    .select(['id', 'price_fen'])
    .where('id', '=', id)
    .executeTakeFirst();
  return row && { id: row.id, priceFen: row.price_fen };
}
