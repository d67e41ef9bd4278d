import type { Handset } from '../../shared';
import { inBatches } from '../db/batches';
import { rowsPerInsert } from '../db/dialect';
import type { Insertable } from 'kysely';
import type { Db, HandsetRow, HandsetsTable } from '../db/schema';
import { appendChanges } from './changes-repo';

export function handsetToRow(handset: Handset): Insertable<HandsetsTable> {
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
    dual_sim: handset.dualSim ? 1 : 0,
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

export function handsetFromRow(row: HandsetRow): Handset {
  return {
    id: row.id,
    brand: row.brand,
    model: row.model,
    year: row.year,
    network: row.network,
    wcdmaBands: row.wcdma_bands === '' ? [] : row.wcdma_bands.split('/').map(Number),
    screenIn: row.screen_in,
    resolution: row.resolution,
    cameraMp: row.camera_mp,
    frontCamera: row.front_camera,
    batteryMah: row.battery_mah,
    os: row.os,
    storage: row.storage,
    ram: row.ram,
    weightG: row.weight_g,
    colours: JSON.parse(row.colours) as string[],
    priceFen: row.price_fen,
    dualSim: row.dual_sim === 1,
    sourceUrl: row.source_url,
  };
}
