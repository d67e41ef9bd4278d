import type { ContentVersion } from '../../shared';
import type { Db } from '../db/schema';
import { applyContentChanges } from './apply-content-changes';
import { appendChanges, type NewChange } from './changes-repo';
import { versionProblems } from './version-checks';
import { describeMedia } from './version-media';
import {
  claimDueVersion,
  dueVersionIds,
  findVersion,
  insertVersion,
  recordFailure,
  recordPublished,
  type StoredVersion,
} from './versions-repo';

export interface PublishOptions {
  /** Where `/media/…` files are found, to list them with size and hash in the marker. */
  mediaRoots: readonly string[];
  warn?: (message: string) => void;
}

export type PublishOutcome = 'published' | 'failed' | 'notDue';

/**
 * Publishes a due version in the caller's transaction: claims it, checks it against the
 * catalogue as it is now, writes it into the content tables, and appends its changes to the
 * change log contiguously, closed by its marker (`entity: 'version'`). A version for some
 * stores gets one change-log row per store and change, and one marker per store.
 */
export async function publishVersion(
  trx: Db,
  versionId: string,
  now: number,
  options: PublishOptions,
): Promise<PublishOutcome> {
  if (!(await claimDueVersion(trx, versionId, now))) return 'notDue';
  const version = await findVersion(trx, versionId);
  if (!version) return 'notDue';
  const problems = await versionProblems(trx, version, options.mediaRoots);
  const problemList = Object.entries(problems).map(
    ([path, messages]) => `${path}: ${messages.join('; ')}`,
  );
  if (problemList.length > 0) {
    await recordFailure(trx, versionId, problemList.join('\n').slice(0, 2000));
    options.warn?.(`Content version ${versionId} not published: ${problemList[0]}`);
    return 'failed';
  }

  await applyContentChanges(trx, version, now);
  const { media, missing } = await describeMedia(
    options.mediaRoots,
    await mediaPathsFor(trx, version.storeIds),
  );
  if (missing.length > 0) {
    options.warn?.(`Content version ${versionId}: no file for ${missing.join(', ')}`);
  }
  const marker: ContentVersion = {
    id: version.id,
    publishedAt: now,
    note: version.note,
    media,
    storeIds: version.storeIds,
  };
  const targets = version.storeIds ?? [null];
  await appendChanges(trx, contentRows(version, targets), now);
  const markerSeqs = await appendChanges(
    trx,
    targets.map((storeId) => ({
      entity: 'version',
      key: version.id,
      op: 'put',
      data: marker,
      storeId,
    })),
    now,
    { locked: true },
  );
  await recordPublished(trx, versionId, { markerSeq: Math.min(...markerSeqs), media });
  return 'published';
}

function contentRows(version: StoredVersion, targets: readonly (string | null)[]): NewChange[] {
  return targets.flatMap((storeId) =>
    version.changes.map((change) => ({
      entity: change.entity,
      key: change.key,
      op: change.op,
      data: change.op === 'put' ? change.data : null,
      storeId,
    })),
  );
}

/**
 * Every media file the kiosks receiving this version need once it is applied: the shared
 * experiences' and the receiving stores' own (all stores' for a version to everyone, a
 * superset that never leaves a kiosk short).
 */
async function mediaPathsFor(trx: Db, storeIds: readonly string[] | null): Promise<string[]> {
  const shared = await trx
    .selectFrom('experiences')
    .select('media')
    .where('media', 'is not', null)
    .execute();
  let ownQuery = trx
    .selectFrom('content_overrides')
    .select('data')
    .where('entity', '=', 'experience')
    .where('op', '=', 'put');
  if (storeIds) ownQuery = ownQuery.where('store_id', 'in', storeIds);
  const own = await ownQuery.execute();
  const paths = shared.map((row) => row.media);
  for (const row of own) {
    const media = row.data === null ? null : (JSON.parse(row.data) as { media?: unknown }).media;
    if (typeof media === 'string') paths.push(media);
  }
  return paths.filter((path): path is string => path !== null);
}

/**
 * Publishes every scheduled version that is due, each in its own transaction, oldest first.
 * Safe to run from several server processes at once (see `claimDueVersion`).
 */
export async function publishDueVersions(
  db: Db,
  now: number,
  options: PublishOptions,
): Promise<{ published: string[]; failed: string[] }> {
  const outcome = { published: [] as string[], failed: [] as string[] };
  for (const id of await dueVersionIds(db, now, 20)) {
    try {
      const result = await db.transaction().execute((trx) => publishVersion(trx, id, now, options));
      if (result === 'published') outcome.published.push(id);
      if (result === 'failed') outcome.failed.push(id);
    } catch (error) {
      options.warn?.(`Content version ${id} could not be published: ${(error as Error).message}`);
    }
  }
  return outcome;
}

/**
 * A new build (or an operator) may replace a `/media/…` file that the last version for all
 * stores lists by hash; a kiosk would then never find the listed file and never show that
 * version. Called at start: when the files on disk no longer match that version's marker, it
 * publishes an empty version for all stores that lists them as they are now. Returns its id,
 * or null when nothing changed.
 */
export async function republishChangedMedia(
  db: Db,
  now: number,
  options: PublishOptions,
): Promise<string | null> {
  const latest = await db
    .selectFrom('content_versions')
    .select(['media'])
    .where('status', '=', 'published')
    .where('store_ids', 'is', null)
    .orderBy('marker_seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!latest) return null;
  const { media } = await describeMedia(options.mediaRoots, await mediaPathsFor(db, null));
  if (JSON.stringify(media) === (latest.media ?? '[]')) return null;
  const id = crypto.randomUUID();
  await db.transaction().execute(async (trx) => {
    await insertVersion(trx, {
      id,
      note: 'Media files changed on the server',
      storeIds: null,
      changes: [],
      publishAt: now,
      createdBy: null,
      createdAt: now,
    });
    await publishVersion(trx, id, now, options);
  });
  return id;
}
