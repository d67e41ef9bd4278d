import { createActorContext } from '@xstate/react';
import { syncMachine } from './syncMachine';

/** The kiosk's one sync loop; the UI reads its status through useSyncStatus. */
export const Sync = createActorContext(syncMachine);
