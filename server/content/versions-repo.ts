import {
  contentChangeSchema,
  type ContentChange,
  type ContentVersionSummary,
  type VersionMedia,
} from '../../shared';
import type { Db } from '../db/schema';

export interface StoredVersion {
  id: string;
  note: string;
  storeIds: string[] | null;
  changes: ContentChange[];
  publishAt: number;
}

export async function insertVersion(
  db: Db,
  version: StoredVersion & { createdBy: string | null; createdAt: number },
): Promise<void> {
  await db
    .insertInto('content_versions')
    .values({
      id: version.id,
      note: version.note,
      store_ids: version.storeIds === null ? null : JSON.stringify(version.storeIds),
      changes: JSON.stringify(version.changes),
      change_count: version.changes.length,
      status: 'scheduled',
      publish_at: version.publishAt,
      created_by: version.createdBy,
      created_at: version.createdAt,
    })
    .execute();
}

/**
 * Takes a due version for publishing. The conditional update is the arbiter between server
 * processes: on PostgreSQL a second claimer waits for the first to commit and then finds the
 * version no longer `scheduled`, so a version is published once.
 */
export async function claimDueVersion(db: Db, id: string, now: number): Promise<boolean> {
  const result = await db
    .updateTable('content_versions')
    .set({ status: 'published', published_at: now })
    .where('id', '=', id)
    .where('status', '=', 'scheduled')
    .where('publish_at', '<=', now)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function dueVersionIds(db: Db, now: number, limit: number): Promise<string[]> {
  const rows = await db
    .selectFrom('content_versions')
    .select('id')
    .where('status', '=', 'scheduled')
    .where('publish_at', '<=', now)
    .orderBy('publish_at')
    .orderBy('created_at')
    .limit(limit)
    .execute();
  return rows.map((row) => row.id);
}

export async function findVersion(db: Db, id: string): Promise<StoredVersion | undefined> {
  const row = await db
    .selectFrom('content_versions')
    .select(['id', 'note', 'store_ids', 'changes', 'publish_at'])
    .where('id', '=', id)
    .executeTakeFirst();
  return (
    row && {
      id: row.id,
      note: row.note,
      storeIds: row.store_ids === null ? null : (JSON.parse(row.store_ids) as string[]),
      changes: contentChangeSchema.array().parse(JSON.parse(row.changes)),
      publishAt: row.publish_at,
    }
  );
}

export async function recordPublished(
  db: Db,
  id: string,
  published: { markerSeq: number; media: VersionMedia[] },
): Promise<void> {
  await db
    .updateTable('content_versions')
    .set({ marker_seq: published.markerSeq, media: JSON.stringify(published.media) })
    .where('id', '=', id)
    .execute();
}

export async function recordFailure(db: Db, id: string, failure: string): Promise<void> {
  await db
    .updateTable('content_versions')
    .set({ status: 'failed', failure, published_at: null })
    .where('id', '=', id)
    .execute();
}

export async function listVersions(db: Db, limit: number): Promise<ContentVersionSummary[]> {
  const rows = await db
    .selectFrom('content_versions')
    .select([
      'id',
      'note',
      'store_ids',
      'status',
      'publish_at',
      'published_at',
      'change_count',
      'media',
      'failure',
      'created_by',
      'created_at',
    ])
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
  return rows.map((row) => ({
    id: row.id,
    note: row.note,
    storeIds: row.store_ids === null ? null : (JSON.parse(row.store_ids) as string[]),
    status: row.status,
    publishAt: row.publish_at,
    publishedAt: row.published_at,
    changeCount: row.change_count,
    mediaCount: row.media === null ? null : (JSON.parse(row.media) as unknown[]).length,
    failure: row.failure,
    createdBy: row.created_by,
    createdAt: row.created_at,
  }));
}
