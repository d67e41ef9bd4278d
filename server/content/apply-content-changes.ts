import type { Kysely } from 'kysely';
import type { ContentChange, ContentEntity, Store } from '../../shared';
import { inBatches } from '../db/batches';
import { rowsPerInsert } from '../db/dialect';
import type { Db } from '../db/schema';
import { handsetToRow } from './handsets-repo';
import { offerToRow } from './offers-repo';
import { planToRow } from './plans-repo';
import { experienceToRow, zoneToRow } from './zones-repo';

type Put<E extends ContentEntity> = Extract<ContentChange, { entity: E }>['data'] & {};

const putsOf = <E extends ContentEntity>(changes: readonly ContentChange[], entity: E) =>
  changes.flatMap((change) =>
    change.entity === entity && change.op === 'put' && change.data ? [change.data as Put<E>] : [],
  );

const deletesOf = (changes: readonly ContentChange[], entity: ContentEntity) =>
  changes.filter((c) => c.entity === entity && c.op === 'delete').map((c) => c.key);

/**
 * Writes a published version's changes into the content tables, in the publishing
 * transaction. A version for every store changes the shared rows and clears any store's own
 * copy of those entities; a version for some stores leaves the shared rows alone and records
 * the entities for those stores only (content_overrides), so prices are checked per store
 * against exactly what its kiosks were sent (docs/decisions/0003).
 */
export async function applyContentChanges(
  db: Db,
  version: { id: string; storeIds: readonly string[] | null; changes: readonly ContentChange[] },
  now: number,
): Promise<void> {
  if (version.changes.length === 0) return;
  if (version.storeIds === null) await applyToEveryStore(db, version.changes, now);
  else await applyToStores(db, version, now);
}

async function applyToEveryStore(db: Db, changes: readonly ContentChange[], now: number) {
  // Parents before children on put, children before parents on delete: foreign keys hold.
  await upsert(db, 'zones', putsOf(changes, 'zone').map(zoneToRow));
  await upsert(db, 'handsets', putsOf(changes, 'handset').map(listed(handsetToRow)));
  await upsert(db, 'plans', putsOf(changes, 'plan').map(listed(planToRow)));
  await upsert(db, 'services', putsOf(changes, 'service').map(listed(offerToRow)));
  await upsert(db, 'bundles', putsOf(changes, 'bundle').map(listed(offerToRow)));
  await upsert(
    db,
    'stores',
    putsOf(changes, 'store').map((store) => storeToRow(store, now)),
    ['sort', 'created_at'],
  );
  await upsert(db, 'experiences', putsOf(changes, 'experience').map(experienceToRow));

  const experienceIds = deletesOf(changes, 'experience');
  if (experienceIds.length > 0)
    await db.deleteFrom('experiences').where('id', 'in', experienceIds).execute();
  const zoneIds = deletesOf(changes, 'zone');
  if (zoneIds.length > 0) await db.deleteFrom('zones').where('id', 'in', zoneIds).execute();
  // Orders keep referring to a deleted handset or plan: it is withdrawn, not removed.
  const handsetIds = deletesOf(changes, 'handset');
  if (handsetIds.length > 0) {
    await db
      .updateTable('handsets')
      .set({ withdrawn_at: now })
      .where('id', 'in', handsetIds)
      .execute();
  }
  for (const table of ['plans', 'services', 'bundles'] as const) {
    const ids = deletesOf(changes, entityOf[table]);
    if (ids.length > 0)
      await db.updateTable(table).set({ withdrawn_at: now }).where('id', 'in', ids).execute();
  }

  for (const change of changes) {
    await db
      .deleteFrom('content_overrides')
      .where('entity', '=', change.entity)
      .where('key', '=', change.key)
      .execute();
  }
}

async function applyToStores(
  db: Db,
  version: { id: string; storeIds: readonly string[] | null; changes: readonly ContentChange[] },
  now: number,
) {
  // An order of a handset or plan only these stores offer still needs the row it refers to:
  // a new one is added withdrawn, so no other store offers it.
  const newHandsets = putsOf(version.changes, 'handset').map((handset) => ({
    ...handsetToRow(handset),
    withdrawn_at: now,
  }));
  await insertMissing(db, 'handsets', newHandsets);
  const newPlans = putsOf(version.changes, 'plan').map((plan) => ({
    ...planToRow(plan),
    withdrawn_at: now,
  }));
  await insertMissing(db, 'plans', newPlans);
  for (const entity of ['service', 'bundle'] as const) {
    const rows = putsOf(version.changes, entity).map((offer) => ({
      ...offerToRow(offer),
      withdrawn_at: now,
    }));
    await insertMissing(db, entity === 'service' ? 'services' : 'bundles', rows);
  }

  const rows = (version.storeIds ?? []).flatMap((storeId) =>
    version.changes.map((change) => ({
      store_id: storeId,
      entity: change.entity,
      key: change.key,
      op: change.op,
      data: change.op === 'put' ? JSON.stringify(change.data) : null,
      version_id: version.id,
    })),
  );
  for (const batch of inBatches(rows, rowsPerInsert(6))) {
    await db
      .insertInto('content_overrides')
      .values(batch)
      .onConflict((conflict) =>
        conflict.columns(['store_id', 'entity', 'key']).doUpdateSet((eb) => ({
          op: eb.ref('excluded.op'),
          data: eb.ref('excluded.data'),
          version_id: eb.ref('excluded.version_id'),
        })),
      )
      .execute();
  }
}

const listed =
  <T>(toRow: (entity: T) => object) =>
  (entity: T) => ({ ...toRow(entity), withdrawn_at: null });

function storeToRow(store: Store, now: number) {
  return { ...store, sort: 1000, created_at: now };
}

const entityOf = { plans: 'plan', services: 'service', bundles: 'bundle' } as const;

type ContentTable =
  'zones' | 'experiences' | 'handsets' | 'plans' | 'services' | 'bundles' | 'stores';
/** The content tables seen loosely, for one upsert written once for all of them. */
type LooseTables = Record<ContentTable, Record<string, unknown>>;

/** Insert or replace by id; `keep` columns keep their stored value on replace. */
async function upsert(
  db: Db,
  table: ContentTable,
  rows: readonly object[],
  keep: readonly string[] = [],
): Promise<void> {
  const first = rows[0];
  if (!first) return;
  const loose = db as unknown as Kysely<LooseTables>;
  const replaced = Object.keys(first).filter((column) => column !== 'id' && !keep.includes(column));
  for (const batch of inBatches(rows, rowsPerInsert(Object.keys(first).length))) {
    await loose
      .insertInto(table)
      .values(batch as Record<string, unknown>[])
      .onConflict((conflict) =>
        conflict
          .column('id')
          .doUpdateSet((eb) =>
            Object.fromEntries(replaced.map((column) => [column, eb.ref(`excluded.${column}`)])),
          ),
      )
      .execute();
  }
}

/** Adds the rows whose id is new; existing rows stay as they are. */
async function insertMissing(
  db: Db,
  table: 'handsets' | 'plans' | 'services' | 'bundles',
  rows: readonly object[],
): Promise<void> {
  const first = rows[0];
  if (!first) return;
  const loose = db as unknown as Kysely<LooseTables>;
  for (const batch of inBatches(rows, rowsPerInsert(Object.keys(first).length))) {
    await loose
      .insertInto(table)
      .values(batch as Record<string, unknown>[])
      .onConflict((conflict) => conflict.column('id').doNothing())
      .execute();
  }
}
