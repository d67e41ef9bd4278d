import { shallowEqual } from '@xstate/react';
import { Sync } from './SyncContext';
import { selectSyncStatus, type SyncStatus } from './syncStatus';

/** Online, pulling/pushing, upload and download errors, outbox depth (a live query), last sync. */
export function useSyncStatus(): SyncStatus {
  return Sync.useSelector(selectSyncStatus, shallowEqual);
}

export function useSyncSend() {
  return Sync.useActorRef().send;
}
