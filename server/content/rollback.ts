import { contentChangeSchema, contentEntities, type ContentChange } from '../../shared';
import { inBatches } from '../db/batches';
import type { Db } from '../db/schema';
import { HttpError, notFound } from '../http/http-error';

/** Stores are never deleted and keep their own data: a rollback leaves them alone. */
const rolledBackEntities = contentEntities.filter((entity) => entity !== 'store');

/** One version a restore publishes: for every store (null) or for the stores named. */
export interface RestoreVersion {
  storeIds: string[] | null;
  changes: ContentChange[];
}

interface LoggedChange {
  key: string;
  op: 'put' | 'delete';
  data: string | null;
  seq: number;
  store_id: string | null;
}

/**
 * The versions that bring the catalogue back to what it was right after version `versionId`
 * was published: each entity changed since then is put back as it was, or deleted
 * (withdrawn) if it did not exist yet. Read from the change log, so it covers the seeded
 * content and every later version alike.
 *
 * A version for every store restores what every store was offered: one version for every
 * store, which also ends what some stores were given of those entities since, then versions
 * giving a store that had its own copy of one of them then that copy back. A version for
 * some stores restores what each of them was offered — the shared content and its own — as
 * versions for those stores, one per set of stores with the same changes to make.
 */
export async function rollbackVersions(db: Db, versionId: string): Promise<RestoreVersion[]> {
  const target = await db
    .selectFrom('content_versions')
    .select(['status', 'store_ids', 'marker_seq'])
    .where('id', '=', versionId)
    .executeTakeFirst();
  if (!target) throw notFound('version_not_found', 'No such content version');
  if (target.status !== 'published' || target.marker_seq === null)
    throw new HttpError(409, 'version_not_published', 'Only a published version can be restored');
  const since = target.marker_seq;
  const storeIds = target.store_ids === null ? null : (JSON.parse(target.store_ids) as string[]);

  const touched = await db
    .selectFrom('changes')
    .select(['entity', 'key'])
    .distinct()
    .where('seq', '>', since)
    .where('entity', 'in', rolledBackEntities)
    .$if(storeIds !== null, (q) =>
      q.where((eb) => eb.or([eb('store_id', 'is', null), eb('store_id', 'in', storeIds ?? [])])),
    )
    .execute();
  const shared: ContentChange[] = [];
  const perStore = new Map<string, ContentChange[]>();
  const addFor = (storeId: string, change: ContentChange) =>
    perStore.set(storeId, [...(perStore.get(storeId) ?? []), change]);
  for (const entity of rolledBackEntities) {
    const keys = touched.filter((row) => row.entity === entity).map((row) => row.key);
    const logOf = new Map<string, LoggedChange[]>();
    for (const batch of inBatches(keys, 500)) {
      const rows = await db
        .selectFrom('changes')
        .select(['key', 'op', 'data', 'seq', 'store_id'])
        .where('entity', '=', entity)
        .where('key', 'in', batch)
        .orderBy('seq')
        .execute();
      for (const row of rows) logOf.set(row.key, [...(logOf.get(row.key) ?? []), row]);
    }
    for (const key of keys.sort()) {
      const log = logOf.get(key) ?? [];
      if (storeIds === null) {
        const restore = restoreOf(entity, key, log, since, null);
        if (!restore) continue;
        shared.push(restore);
        // That ends every store's own copy; a store that had its own then gets it back after.
        for (const [storeId, own] of ownCopiesAt(log, since)) {
          if (own.data !== (restore.op === 'put' ? JSON.stringify(restore.data) : null))
            addFor(storeId, changeOf(entity, key, own.data));
        }
        continue;
      }
      for (const storeId of storeIds) {
        const restore = restoreOf(entity, key, log, since, storeId);
        if (restore) addFor(storeId, restore);
      }
    }
  }
  // Parents first on put (zones before experiences), as a version is applied; the version for
  // every store before the stores' own, which must come after it.
  const groups = new Map<string, RestoreVersion>();
  for (const [storeId, changes] of perStore) {
    if (changes.length === 0) continue;
    const same = JSON.stringify(changes);
    const group = groups.get(same) ?? { storeIds: [], changes };
    group.storeIds?.push(storeId);
    groups.set(same, group);
  }
  const own = [...groups.values()];
  return shared.length > 0 ? [{ storeIds: null, changes: shared }, ...own] : own;
}

/** The stores whose own copy of the key was what they were offered at `since`, with it. */
function ownCopiesAt(log: readonly LoggedChange[], since: number): Map<string, LoggedChange> {
  const then = log.filter((row) => row.seq <= since);
  const copies = new Map<string, LoggedChange>();
  for (const storeId of new Set(then.flatMap((row) => (row.store_id ? [row.store_id] : [])))) {
    const last = then.filter((row) => row.store_id === null || row.store_id === storeId).at(-1);
    if (last?.store_id === storeId) copies.set(storeId, last);
  }
  return copies;
}

function changeOf(entity: ContentChange['entity'], key: string, data: string | null) {
  return contentChangeSchema.parse(
    data !== null
      ? { entity, key, op: 'put', data: JSON.parse(data) as unknown }
      : { entity, key, op: 'delete', data: null },
  );
}

/**
 * The change that gives `key` back the state it had at `since`, or null when it has it:
 * for every store (`storeId` null) the shared state, and any store's own copy given since is
 * ended too; for one store what that store was offered, its own copy over the shared one.
 */
function restoreOf(
  entity: ContentChange['entity'],
  key: string,
  log: readonly LoggedChange[],
  since: number,
  storeId: string | null,
): ContentChange | null {
  const seen = log.filter((row) => row.store_id === null || row.store_id === storeId);
  const then = seen.filter((row) => row.seq <= since).at(-1);
  const current = seen.at(-1);
  const thenData = then?.op === 'put' ? then.data : null;
  const currentData = current?.op === 'put' ? current.data : null;
  const ownCopySince =
    storeId === null && log.some((row) => row.store_id !== null && row.seq > since);
  // Changed since, and changed back: nothing to restore for this one.
  if (thenData === currentData && !ownCopySince) return null;
  return changeOf(entity, key, thenData);
}
