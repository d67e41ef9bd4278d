import type { KioskDatabase } from '../db';
import { holdLeaseLock } from './leaseLock';
import { holdWebLock } from './webLock';

export const syncLockName = 'showroom-sync';

/** One sync pass at a time across tabs: a Web Lock, or a lease in IndexedDB without one. */
export function holdSyncLock(db: KioskDatabase, onAcquired: () => void): () => void {
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  if (locks) return holdWebLock(locks, syncLockName, onAcquired);
  return holdLeaseLock(db, onAcquired);
}
