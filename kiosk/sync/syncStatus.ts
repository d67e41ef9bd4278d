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
  };
}
