import type { SnapshotFrom } from 'xstate';
import type { SyncMachine } from './syncMachine';

/** The one read-only view of sync the UI gets (powersync-js style). */
export interface SyncStatus {
  online: boolean;
  enrolled: boolean;
  needsEnrolmentCode: boolean;
  enrolling: boolean;
  pulling: boolean;
  pushing: boolean;
  downloadError: string | null;
  uploadError: string | null;
  enrolmentError: string | null;
  outboxDepth: number;
  queuedOrders: number;
  lastSyncAt: number | null;
  /** The content version on screen, as this tab's sync loop last saw it. */
  contentVersionId: string | null;
  /** The newest version still coming: how many of its files are in the cache, of how many. */
  mediaReady: number | null;
  mediaTotal: number | null;
  /** A file failed (hash, size, network, quota): the version waits and is retried. */
  mediaProblem: boolean;
}

export function selectSyncStatus(snapshot: SnapshotFrom<SyncMachine>): SyncStatus {
  const { context } = snapshot;
  const inConnection = (state: string) => snapshot.matches({ connection: state } as never);
  return {
    online: context.browserOnline && context.serverReachable,
    enrolled: context.identity !== null,
    needsEnrolmentCode: inConnection('awaitingCode') || inConnection('enrollingWithCode'),
    enrolling: inConnection('enrollingWithCode'),
    pulling: snapshot.matches({ connection: { syncing: 'pulling' } }),
    pushing: snapshot.matches({ connection: { syncing: 'pushing' } }),
    downloadError: context.downloadError,
    uploadError: context.uploadError,
    enrolmentError: context.enrolmentError,
    outboxDepth: context.outboxDepth,
    queuedOrders: context.queuedOrders,
    lastSyncAt: context.lastSyncAt,
    contentVersionId: context.shownVersionId,
    mediaReady: context.waitingVersion?.ready ?? null,
    mediaTotal: context.waitingVersion?.total ?? null,
    mediaProblem: context.mediaProblems.length > 0,
  };
}
