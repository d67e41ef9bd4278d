import type { VersionMedia } from '../../shared';
import type { KioskDatabase, PendingVersion, ShownVersion } from '../db';
import { pendingVersionsNewestFirst, readShownVersion, showVersion } from './contentVersions';
import { MediaProblemError, type MediaProblem, type MediaStore } from './mediaCache';

export interface MediaProgress {
  versionId: string;
  ready: number;
  total: number;
}

export interface PreparedContent {
  /** The version on screen after this run (null: a new kiosk still preparing its first). */
  shown: ShownVersion | null;
  /** The newest version still waiting, with how many of its files are in the cache. */
  waiting: MediaProgress | null;
  /** Files that failed this run; the version waits and the run is retried with backoff. */
  problems: MediaProblem[];
}

export interface PrepareOptions {
  onProgress?: (progress: MediaProgress) => void;
  signal?: AbortSignal;
}

function distinctMedia(media: readonly VersionMedia[]): VersionMedia[] {
  const byKey = new Map(media.map((item) => [`${item.path}@${item.sha256}`, item]));
  return [...byKey.values()];
}

async function missingMedia(store: MediaStore, media: readonly VersionMedia[]) {
  const missing: VersionMedia[] = [];
  for (const item of distinctMedia(media)) if (!(await store.has(item))) missing.push(item);
  return missing;
}

/** Shows the newest pending version whose every file is cached; older pending ones go with it. */
async function showNewestComplete(
  db: KioskDatabase,
  store: MediaStore,
  pending: readonly PendingVersion[],
): Promise<ShownVersion | null> {
  for (const candidate of pending) {
    if ((await missingMedia(store, candidate.version.media)).length > 0) continue;
    const shown = await showVersion(db, candidate.seq);
    if (shown) return shown;
  }
  return null;
}

function report(problem: MediaProblem) {
  console.warn(`[media] ${problem.path}: ${problem.kind} (${problem.detail}); the version waits`);
}

/**
 * Brings the newest published version to the screen once it is whole: downloads its missing
 * files (whole, hash-checked), then shows the newest version that has all of its media, and
 * evicts files that neither the shown version nor the next one needs. A file that fails is
 * reported and the version waits; the caller retries with backoff.
 */
export async function prepareContent(
  db: KioskDatabase,
  store: MediaStore,
  { onProgress, signal }: PrepareOptions = {},
): Promise<PreparedContent> {
  const problems: MediaProblem[] = [];
  let pending = await pendingVersionsNewestFirst(db);
  if (pending.length > 0 && (await showNewestComplete(db, store, pending))) {
    pending = await pendingVersionsNewestFirst(db);
  }
  const newest = pending[0];
  if (newest) {
    const shownMedia = (await readShownVersion(db))?.media ?? [];
    const keep = [...shownMedia, ...newest.version.media];
    const total = distinctMedia(newest.version.media).length;
    const missing = await missingMedia(store, newest.version.media);
    let ready = total - missing.length;
    onProgress?.({ versionId: newest.version.id, ready, total });
    for (const item of missing) {
      signal?.throwIfAborted();
      if (!(await store.makeRoomFor(item.bytes, keep))) {
        problems.push({ path: item.path, kind: 'quota', detail: `${item.bytes} bytes do not fit` });
        break;
      }
      try {
        await store.fetchVerified(item, signal);
        ready += 1;
        onProgress?.({ versionId: newest.version.id, ready, total });
      } catch (error) {
        if (signal?.aborted) throw error;
        problems.push(
          error instanceof MediaProblemError
            ? error.problem
            : { path: item.path, kind: 'network', detail: String(error) },
        );
      }
    }
    problems.forEach(report);
    // Even when the newest waits, an older pending version may now be whole.
    await showNewestComplete(db, store, pending);
  }

  const shown = await readShownVersion(db);
  const stillPending = (await pendingVersionsNewestFirst(db))[0] ?? null;
  // The attract loop plays the house reel only while the content on screen has no media.
  const needsHouseReel = shown !== null && shown.media.length === 0;
  const keep = [...(shown?.media ?? []), ...(stillPending?.version.media ?? [])];
  await store.evictExcept(keep, needsHouseReel);
  if (needsHouseReel) {
    try {
      await store.warmHouseReel(signal);
    } catch (error) {
      // The house reel is the kiosk's own: it comes with the next pass; no version waits for it.
      if (signal?.aborted) throw error;
    }
  }
  let waiting: MediaProgress | null = null;
  if (stillPending) {
    const total = distinctMedia(stillPending.version.media).length;
    const missing = (await missingMedia(store, stillPending.version.media)).length;
    waiting = { versionId: stillPending.version.id, ready: total - missing, total };
  }
  return { shown, waiting, problems };
}
