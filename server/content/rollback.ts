import { contentChangeSchema, contentEntities, type ContentChange } from '../../shared';
import { inBatches } from '../db/batches';
import type { Db } from '../db/schema';
import { HttpError, notFound } from '../http/http-error';

/** Stores are never deleted and keep their own data: a rollback leaves them alone. */
const rolledBackEntities = contentEntities.filter((entity) => entity !== 'store');

/**
 * The changes that bring every store's catalogue back to what it was right after version
 * `versionId` was published: each entity changed since then is put back as it was, or deleted
 * (withdrawn) if it did not exist yet. Read from the change log, so it covers the seeded
 * content and every later version alike. Only versions sent to every store can be the target.
 */
export async function rollbackChanges(db: Db, versionId: string): Promise<ContentChange[]> {
  const target = await db
    .selectFrom('content_versions')
    .select(['status', 'store_ids', 'marker_seq'])
    .where('id', '=', versionId)
    .executeTakeFirst();
  if (!target) throw notFound('version_not_found', 'No such content version');
  if (target.status !== 'published' || target.marker_seq === null)
    throw new HttpError(409, 'version_not_published', 'Only a published version can be restored');
  if (target.store_ids !== null)
    throw new HttpError(
      409,
      'version_store_scoped',
      'A version for some stores cannot be restored; restore a version sent to every store',
    );
  const since = target.marker_seq;

  const touched = await db
    .selectFrom('changes')
    .select(['entity', 'key'])
    .distinct()
    .where('seq', '>', since)
    .where('store_id', 'is', null)
    .where('entity', 'in', rolledBackEntities)
    .execute();
  const changes: ContentChange[] = [];
  for (const entity of rolledBackEntities) {
    const keys = touched.filter((row) => row.entity === entity).map((row) => row.key);
    const before = new Map<string, { op: 'put' | 'delete'; data: string | null }>();
    const now = new Map<string, { op: 'put' | 'delete'; data: string | null }>();
    for (const batch of inBatches(keys, 500)) {
      const rows = await db
        .selectFrom('changes')
        .select(['key', 'op', 'data', 'seq'])
        .where('entity', '=', entity)
        .where('key', 'in', batch)
        .where('store_id', 'is', null)
        .orderBy('seq')
        .execute();
      for (const row of rows)
        (row.seq <= since ? before : now).set(row.key, { op: row.op, data: row.data });
    }
    for (const key of keys.sort()) {
      const then = before.get(key);
      const current = now.get(key);
      // Changed since, and changed back: nothing to restore for this one.
      const thenData = then?.op === 'put' ? then.data : null;
      const currentData = current?.op === 'put' ? current.data : null;
      if (thenData === currentData) continue;
      const change =
        then?.op === 'put' && then.data !== null
          ? { entity, key, op: 'put', data: JSON.parse(then.data) as unknown }
          : { entity, key, op: 'delete', data: null };
      changes.push(contentChangeSchema.parse(change));
    }
  }
  // Parents first on put (zones before experiences), as a version is applied.
  return changes;
}
