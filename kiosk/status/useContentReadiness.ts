import { database } from '../app/database';
import { useLastingLiveQuery } from '../app/useLastingLiveQuery';
import { readMeta } from '../db';

export type ContentReadiness = 'ready' | 'preparing';

/**
 * Whether the kiosk has a whole content version to show: a new kiosk is `preparing` until its
 * first version (content and media) is in; undefined while IndexedDB is being read. A live
 * query, so every tab flips together when any of them puts the version on screen; a lasting
 * one, as the shell never unmounts.
 */
export function useContentReadiness(): ContentReadiness | undefined {
  return useLastingLiveQuery(async () =>
    (await readMeta(database, 'contentVersion')) ? 'ready' : 'preparing',
  );
}
